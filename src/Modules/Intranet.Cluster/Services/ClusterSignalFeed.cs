using System.Collections.Concurrent;
using System.Diagnostics;
using Intranet.Cluster.Data;
using Intranet.Core.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Cluster.Services;

/// <summary>
/// Reads the signals other nodes wrote since the last look and drops the matching cache entries here. A caller that
/// needs read-your-neighbour's-writes (the session check) calls <see cref="CatchUpAsync"/> per request; concurrent
/// callers share a read that started after they arrived, so the cost stays about one small indexed query per request.
/// Ids are read past a cursor and also for a short look-back: on PostgreSQL a lower id can commit after a higher one.
/// </summary>
internal sealed class ClusterSignalFeed : IClusterSignalFeed, IDisposable
{
    private static readonly TimeSpan LookBack = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);

    private readonly IServiceScopeFactory _scopes;
    private readonly ClusterNode _node;
    private readonly TimeProvider _clock;
    private readonly ILogger<ClusterSignalFeed> _logger;
    private readonly ConcurrentDictionary<string, Action<string>[]> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<long, DateTime> _seen = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _cursor = -1;
    private long _lastReadStarted;
    private DateTime _lastPruneUtc;

    public ClusterSignalFeed(IServiceScopeFactory scopes, ClusterNode node, TimeProvider clock, ILogger<ClusterSignalFeed> logger)
    {
        _scopes = scopes;
        _node = node;
        _clock = clock;
        _logger = logger;
    }

    public void Subscribe(string channel, Action<string> invalidate) =>
        _handlers.AddOrUpdate(channel, [invalidate], (_, existing) => [.. existing, invalidate]);

    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var arrived = Stopwatch.GetTimestamp();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _lastReadStarted) > arrived)
            {
                return; // a read that began after this caller arrived has just finished: it saw every earlier commit
            }

            _lastReadStarted = Stopwatch.GetTimestamp();
            await ReadAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterDbContext>();
        var now = _clock.GetUtcNow().UtcDateTime;
        if (_cursor < 0)
        {
            // This node's caches start empty: nothing written before it started can be stale here.
            _cursor = await db.Signals.MaxAsync(s => (long?)s.Id, cancellationToken) ?? 0;
            _lastPruneUtc = now;
            return;
        }

        var since = now - LookBack;
        var cursor = _cursor;
        var rows = await db.Signals.AsNoTracking()
            .Where(s => s.Id > cursor || s.CreatedUtc >= since)
            .Select(s => new { s.Id, s.Channel, s.Owner, s.Node })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            _cursor = Math.Max(_cursor, row.Id);
            if (!_seen.TryAdd(row.Id, now) || row.Node == _node.Id)
            {
                continue; // already applied, or this node's own change (its caches were dropped as it saved)
            }

            if (_handlers.TryGetValue(row.Channel, out var handlers))
            {
                foreach (var handler in handlers)
                {
                    handler(row.Owner);
                }
            }
        }

        foreach (var (id, at) in _seen.Where(e => e.Value < now - LookBack - LookBack).ToList())
        {
            _seen.Remove(id);
        }

        if (now - _lastPruneUtc > PruneEvery)
        {
            _lastPruneUtc = now;
            var old = now - Retention;
            var removed = await db.Signals.Where(s => s.CreatedUtc < old).ExecuteDeleteAsync(cancellationToken);
            _logger.LogDebug("Pruned {Count} cluster signal(s) older than a day", removed);
        }
    }

    public void Dispose() => _gate.Dispose();
}
