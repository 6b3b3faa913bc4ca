using System.Collections.Concurrent;

namespace Intranet.Core.Caching;

/// <summary>
/// An in-memory cache for data read on every request (session state, a department's home page), kept correct by
/// invalidation rather than by short lifetimes: the module drops an owner's entries whenever its DbContext saves
/// something of that owner, before the save and again once it has committed
/// (<see cref="Data.DataTransactionScope.AfterCommit(Microsoft.EntityFrameworkCore.DbContext, Action)"/>). For a few
/// seconds after a change the owner's keys are also read from the database on every request and not kept, so a
/// request racing the commit cannot cache the old state. The lifetime bounds only changes made by another
/// process (the command line). Keys start with their owner's prefix (e.g. "a:{accountId}:…").
/// Bounded: keys can carry request input (a news page number) and the date, and an expired entry used to stay until
/// its key was read again, so a fuzzer's or crawler's page numbers and each day's keys piled up for good. Expired
/// entries are now swept once a lifetime, and at <see cref="Capacity"/> entries the cache starts over.
/// </summary>
public sealed class ChangeAwareCache
{
    public const int DefaultCapacity = 10_000;

    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _unsettledUntil = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private long _nextSweepTicks;

    public ChangeAwareCache(TimeProvider clock, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _clock = clock;
        Capacity = capacity;
    }

    /// <summary>The most entries kept at once.</summary>
    public int Capacity { get; }

    /// <summary>Entries held now, expired ones not yet swept included (for tests and diagnostics).</summary>
    public int Count => _entries.Count;

    public async Task<T> GetOrLoadAsync<T>(string key, string owner, Func<Task<T>> load)
    {
        var now = _clock.GetUtcNow().UtcTicks;
        if (_entries.TryGetValue(key, out var entry) && entry.ExpiresTicks > now)
        {
            return (T)entry.Value!;
        }

        var value = await load();
        if (!IsUnsettled(owner, now))
        {
            MakeRoom(now);
            _entries[key] = new Entry(value, now + Lifetime.Ticks);
        }

        return value;
    }

    /// <summary>Drops every entry whose key starts with <paramref name="owner"/> and reads through for a few seconds.</summary>
    public void Invalidate(string owner)
    {
        _unsettledUntil[owner] = _clock.GetUtcNow().UtcTicks + Settle.Ticks;
        foreach (var key in _entries.Keys)
        {
            if (key.StartsWith(owner, StringComparison.Ordinal))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    /// <summary>Runs on a miss only (at most once per key and lifetime), so the full count and the sweep stay off the hit path.</summary>
    private void MakeRoom(long now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now >= due && Interlocked.CompareExchange(ref _nextSweepTicks, now + Lifetime.Ticks, due) == due)
        {
            Sweep(now);
        }

        if (_entries.Count >= Capacity)
        {
            Sweep(now);
            if (_entries.Count >= Capacity)
            {
                // Full of live entries: start over rather than track use; the hot keys come back on their next read.
                _entries.Clear();
            }
        }
    }

    private void Sweep(long now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresTicks <= now)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }

        foreach (var (owner, until) in _unsettledUntil)
        {
            if (until <= now)
            {
                _unsettledUntil.TryRemove(new KeyValuePair<string, long>(owner, until));
            }
        }
    }

    private bool IsUnsettled(string owner, long now)
    {
        if (!_unsettledUntil.TryGetValue(owner, out var until))
        {
            return false;
        }

        if (until > now)
        {
            return true;
        }

        _unsettledUntil.TryRemove(new KeyValuePair<string, long>(owner, until));
        return false;
    }

    private sealed record Entry(object? Value, long ExpiresTicks);
}
