using System.Collections.Concurrent;

namespace Intranet.Users.Services;

/// <summary>
/// Keeps what every signed-in request asks of the host database — the account's session state, its roles in a
/// tenant, a tenant's stored roles — in memory, so a page does not pay three queries before it starts.
/// <para>
/// Immediacy is kept by invalidation, not by short lifetimes: <see cref="UsersDbContext"/> reports every saved
/// account, membership and role, and the affected entries are dropped before and after the save. For a few
/// seconds after a change (until its transaction has surely committed) the affected keys are read from the
/// database on every request, so a request racing the commit cannot cache the old state. The lifetime bounds
/// only changes made by another process (the command line).
/// </para>
/// </summary>
public sealed class SessionCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _unsettledUntil = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public SessionCache(TimeProvider clock) => _clock = clock;

    public static string SessionKey(string accountId) => "a:" + accountId + ":session";

    public static string RolesKey(string accountId, string tenantName) => "a:" + accountId + ":roles:" + tenantName;

    public static string TenantRolesKey(string tenantName) => "t:" + tenantName + ":roles";

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

    /// <summary>An account changed (stamp, enabled, name, memberships): drop everything cached about it.</summary>
    public void InvalidateAccount(string accountId) => Invalidate("a:" + accountId + ":");

    /// <summary>A tenant's stored roles changed.</summary>
    public void InvalidateTenantRoles(string tenantName) => Invalidate("t:" + tenantName + ":");

    private void Invalidate(string prefix)
    {
        _unsettledUntil[prefix] = _clock.GetUtcNow().UtcTicks + Settle.Ticks;
        foreach (var key in _entries.Keys)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
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

    /// <summary>The owner prefix of an account's keys, for <see cref="GetOrLoadAsync{T}"/>.</summary>
    public static string AccountOwner(string accountId) => "a:" + accountId + ":";

    /// <summary>The owner prefix of a tenant's role keys.</summary>
    public static string TenantOwner(string tenantName) => "t:" + tenantName + ":";

    private sealed record Entry(object? Value, long ExpiresTicks);
}
