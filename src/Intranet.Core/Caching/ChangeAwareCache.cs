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
/// </summary>
public sealed class ChangeAwareCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _unsettledUntil = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public ChangeAwareCache(TimeProvider clock) => _clock = clock;

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
