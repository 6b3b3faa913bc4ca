using System.Collections.Concurrent;
using System.Diagnostics;

namespace Intranet.Users.Services;

/// <summary>
/// Remembers an account's session state (stamp, enabled) for at most two seconds, so a burst of requests does
/// not read the host database for each. Every account write in this process evicts the entry — when it is saved
/// (<see cref="AccountStore"/>) and again when its transaction commits (<see cref="AccountChanges"/>) — so a
/// disable or "end sessions" made here applies to the very next request; a change made by another process (the
/// CLI) applies within the two seconds.
/// </summary>
public sealed class SessionStateCache
{
    private static readonly long Lifetime = Stopwatch.Frequency * 2;

    private readonly ConcurrentDictionary<string, (SessionState State, long Expires)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string accountId, out SessionState? state)
    {
        if (_entries.TryGetValue(accountId, out var entry) && entry.Expires > Stopwatch.GetTimestamp())
        {
            state = entry.State;
            return true;
        }

        state = null;
        return false;
    }

    public void Set(string accountId, SessionState state)
    {
        if (_entries.Count > 100_000)
        {
            _entries.Clear(); // bounded: a flood of distinct accounts cannot grow it without limit
        }

        _entries[accountId] = (state, Stopwatch.GetTimestamp() + Lifetime);
    }

    public void Evict(string accountId) => _entries.TryRemove(accountId, out _);
}
