using System.Collections.Concurrent;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// Per-department roll-up counts, keyed by department and as-of date, in this process only. Dropped per department
/// by the HR record events (<see cref="RollupCacheInvalidator"/>) and entirely when the local date changes; bounded
/// (cleared when full) so many as-of dates cannot grow it without limit. Each department has a generation number:
/// a count computed while an event for that department arrived is not stored, so a read racing a change cannot
/// put the old count back after the eviction.
/// </summary>
public sealed class RollupCache
{
    /// <summary>200 departments × a few as-of dates; at ~1 KB an entry, a few MB at most.</summary>
    public const int Capacity = 4000;

    private readonly ConcurrentDictionary<(string Tenant, DateOnly AsOf), DepartmentCounts> _entries = new();
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private DateOnly _day;

    public RollupCache(TimeProvider clock)
    {
        _clock = clock;
        _day = Today();
    }

    public int Count => _entries.Count;

    /// <summary>The department's generation, read before counting and handed back to <see cref="Store"/>.</summary>
    public long Generation(string tenant) => _generations.GetValueOrDefault(tenant);

    public bool TryGet(string tenant, DateOnly asOf, out DepartmentCounts counts)
    {
        DropIfNewDay();
        return _entries.TryGetValue((tenant, asOf), out counts!);
    }

    public void Store(string tenant, DateOnly asOf, long generation, DepartmentCounts counts)
    {
        if (counts.Error is not null)
        {
            return; // a failing database is asked again next time
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[(tenant, asOf)] = counts;
        if (Generation(tenant) != generation)
        {
            // An event for this department arrived while counting: the stored count may be older than the change.
            _entries.TryRemove((tenant, asOf), out _);
        }
    }

    /// <summary>Forgets every as-of date of one department (a record of it was created, changed, closed or moved).</summary>
    public void Invalidate(string tenant)
    {
        _generations.AddOrUpdate(tenant, 1, (_, g) => g + 1);
        foreach (var key in _entries.Keys)
        {
            if (string.Equals(key.Tenant, tenant, StringComparison.Ordinal))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    public void Clear() => _entries.Clear();

    private void DropIfNewDay()
    {
        var today = Today();
        if (today != _day)
        {
            // Status changes that follow the calendar (the closing job) are keyed by date already; dropping on a new
            // day also keeps yesterday's "today" entries from sitting in memory.
            _day = today;
            _entries.Clear();
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
}
