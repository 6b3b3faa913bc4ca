using System.Collections.Concurrent;
using Intranet.Core.Tenants;
using Microsoft.Extensions.Logging;

namespace Intranet.Search.Services;

/// <summary>
/// Rebuilds indexes from their sources, one rebuild per index at a time, and keeps each rebuild's progress for the
/// admin page and the CLI. Indexes found missing or corrupt when opened are rebuilt in the background.
/// </summary>
public sealed class SearchIndexRebuilder
{
    private readonly SearchIndexManager _indexes;
    private readonly IEnumerable<ISearchIndexSource> _sources;
    private readonly ITenantAccessor _tenantAccessor;
    private readonly IServiceProvider _services;
    private readonly ILogger<SearchIndexRebuilder> _logger;
    private readonly ConcurrentDictionary<SearchIndexKey, Progress> _progress = new();

    public SearchIndexRebuilder(
        SearchIndexManager indexes,
        IEnumerable<ISearchIndexSource> sources,
        ITenantAccessor tenantAccessor,
        IServiceProvider services,
        ILogger<SearchIndexRebuilder> logger)
    {
        _indexes = indexes;
        _sources = sources;
        _tenantAccessor = tenantAccessor;
        _services = services;
        _logger = logger;
        _indexes.IndexRecreated += OnRecreated;
    }

    public IEnumerable<ISearchIndexSource> Sources => _sources;

    public ISearchIndexSource? FindSource(string indexName) =>
        _sources.FirstOrDefault(s => string.Equals(s.IndexName, indexName, StringComparison.OrdinalIgnoreCase));

    public SearchIndexStatus StatusOf(SearchIndexKey key) =>
        _progress.TryGetValue(key, out var p) ? p.Snapshot(key) : new SearchIndexStatus(key, RebuildState.Idle, 0, 0, null, null, null);

    /// <summary>Starts a rebuild in the background (or returns the one running) and returns at once.</summary>
    public Task<SearchIndexStatus> StartAsync(Tenant tenant, string indexName)
    {
        var source = FindSource(indexName) ?? throw new ArgumentException($"Không có chỉ mục '{indexName}'.", nameof(indexName));
        var key = new SearchIndexKey(tenant.Name, source.IndexName);
        var progress = Begin(key, source, tenant, out _);
        return Task.FromResult(progress.Snapshot(key));
    }

    /// <summary>Rebuilds and waits; throws when the source fails.</summary>
    public async Task<SearchIndexStatus> RebuildAsync(Tenant tenant, string indexName, CancellationToken cancellationToken = default)
    {
        var source = FindSource(indexName) ?? throw new ArgumentException($"Không có chỉ mục '{indexName}'.", nameof(indexName));
        var key = new SearchIndexKey(tenant.Name, source.IndexName);
        var progress = Begin(key, source, tenant, out _, cancellationToken);
        await progress.Task!;
        return progress.Snapshot(key);
    }

    /// <summary>Waits for a running rebuild of the index, if any.</summary>
    public Task WaitAsync(SearchIndexKey key) =>
        _progress.TryGetValue(key, out var p) && p.Task is { } task ? task : Task.CompletedTask;

    private Progress Begin(SearchIndexKey key, ISearchIndexSource source, Tenant tenant, out bool started, CancellationToken cancellationToken = default)
    {
        started = false;
        lock (_progress)
        {
            if (_progress.TryGetValue(key, out var running) && running.State == RebuildState.Running)
            {
                return running;
            }

            var progress = new Progress { State = RebuildState.Running, StartedUtc = DateTime.UtcNow };
            _progress[key] = progress;
            progress.Task = Task.Run(() => RunAsync(key, source, tenant, progress, cancellationToken), CancellationToken.None);
            started = true;
            return progress;
        }
    }

    private async Task RunAsync(SearchIndexKey key, ISearchIndexSource source, Tenant tenant, Progress progress, CancellationToken cancellationToken)
    {
        try
        {
            using (_tenantAccessor.Enter(tenant))
            {
                await _indexes.WriteAsync(key, async writer =>
                {
                    writer.DeleteAll();
                    var rebuild = new IndexRebuild(writer);
                    progress.Rebuild = rebuild;
                    await source.RebuildAsync(tenant, rebuild, cancellationToken);
                }, cancellationToken);
            }

            progress.State = RebuildState.Completed;
            _logger.LogInformation("Rebuilt search index {Key}: {Count} documents in {Elapsed}.", key, progress.Rebuild?.Done, DateTime.UtcNow - progress.StartedUtc);
        }
        catch (Exception ex)
        {
            progress.State = RebuildState.Failed;
            progress.Error = ex.Message;
            _logger.LogError(ex, "Rebuilding search index {Key} failed.", key);
            throw;
        }
        finally
        {
            progress.FinishedUtc = DateTime.UtcNow;
        }
    }

    private void OnRecreated(SearchIndexKey key)
    {
        if (FindSource(key.IndexName) is not { } source || ResolveTenant(key.TenantName) is not { } tenant)
        {
            return;
        }

        Begin(key, source, tenant, out var started);
        if (started)
        {
            _logger.LogWarning("Search index {Key} was missing or unreadable; rebuilding it from the database.", key);
        }
    }

    private Tenant? ResolveTenant(string name) =>
        (_services.GetService(typeof(ITenantRegistry)) as ITenantRegistry)?.Table.FindByName(name);

    private sealed class Progress
    {
        public RebuildState State { get; set; }

        public DateTime StartedUtc { get; init; }

        public DateTime? FinishedUtc { get; set; }

        public string? Error { get; set; }

        public IndexRebuild? Rebuild { get; set; }

        public Task? Task { get; set; }

        public SearchIndexStatus Snapshot(SearchIndexKey key) =>
            new(key, State, Rebuild?.Total ?? 0, Rebuild?.Done ?? 0, StartedUtc, FinishedUtc, Error);
    }
}
