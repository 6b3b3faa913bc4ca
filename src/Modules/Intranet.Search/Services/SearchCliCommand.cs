using Intranet.Core.Hosting;
using Intranet.Core.Tenants;

namespace Intranet.Search.Services;

/// <summary><c>search rebuild [index] [tenant]</c> and <c>search status</c>: rebuild indexes from the database.</summary>
public sealed class SearchCliCommand : ICliCommand
{
    private readonly SearchIndexRebuilder _rebuilder;
    private readonly SearchIndexManager _indexes;
    private readonly ITenantRegistry _registry;

    public SearchCliCommand(SearchIndexRebuilder rebuilder, SearchIndexManager indexes, ITenantRegistry registry)
    {
        _rebuilder = rebuilder;
        _indexes = indexes;
        _registry = registry;
    }

    public string Group => "search";

    public string Help => "search rebuild [index] [tenant]   dựng lại chỉ mục từ cơ sở dữ liệu (mặc định: mọi chỉ mục)\n" +
                          "search status                     số tài liệu trong mỗi chỉ mục";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var verb = args.Count > 0 ? args[0] : "status";
        var indexFilter = args.Count > 1 ? args[1] : null;
        var tenantFilter = args.Count > 2 ? args[2] : null;
        var sources = _rebuilder.Sources.Where(s => indexFilter is null || string.Equals(s.IndexName, indexFilter, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sources.Count == 0)
        {
            await output.WriteLineAsync($"Không có chỉ mục '{indexFilter}'. Có: {string.Join(", ", _rebuilder.Sources.Select(s => s.IndexName))}");
            return 2;
        }

        foreach (var source in sources)
        {
            foreach (var tenant in source.TenantsFor(_registry.Table).Where(t => tenantFilter is null || string.Equals(t.Name, tenantFilter, StringComparison.OrdinalIgnoreCase)))
            {
                var key = new SearchIndexKey(tenant.Name, source.IndexName);
                if (verb == "rebuild")
                {
                    var started = DateTime.UtcNow;
                    var status = await _rebuilder.RebuildAsync(tenant, source.IndexName, cancellationToken);
                    await output.WriteLineAsync($"{key}: {status.Done} tài liệu, {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
                }
                else if (verb == "status")
                {
                    await output.WriteLineAsync($"{key}: {_indexes.Count(key)} tài liệu");
                }
                else
                {
                    await output.WriteLineAsync(Help);
                    return 2;
                }
            }
        }

        return 0;
    }
}
