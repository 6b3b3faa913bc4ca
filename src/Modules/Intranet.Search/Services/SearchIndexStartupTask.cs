using Intranet.Core.Hosting;
using Intranet.Core.Tenants;
using Microsoft.Extensions.Logging;

namespace Intranet.Search.Services;

/// <summary>
/// At start, opens every index that should exist: one found missing or corrupt is recreated empty and rebuilt from
/// the database in the background (progress on the admin page), so the site starts at once.
/// </summary>
public sealed class SearchIndexStartupTask : IStartupTask
{
    private readonly SearchIndexManager _indexes;
    private readonly SearchIndexRebuilder _rebuilder;
    private readonly ITenantRegistry _registry;
    private readonly ILogger<SearchIndexStartupTask> _logger;

    public SearchIndexStartupTask(SearchIndexManager indexes, SearchIndexRebuilder rebuilder, ITenantRegistry registry, ILogger<SearchIndexStartupTask> logger)
    {
        _indexes = indexes;
        _rebuilder = rebuilder;
        _registry = registry;
        _logger = logger;
    }

    public int Order => 400;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var source in _rebuilder.Sources)
        {
            foreach (var tenant in source.TenantsFor(_registry.Table))
            {
                try
                {
                    // Opening checks the index; the rebuilder hears of a recreated one and rebuilds it.
                    _indexes.Count(new SearchIndexKey(tenant.Name, source.IndexName));
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "Could not open search index {Index} of {Tenant}.", source.IndexName, tenant.Name);
                }
            }
        }

        return Task.CompletedTask;
    }
}
