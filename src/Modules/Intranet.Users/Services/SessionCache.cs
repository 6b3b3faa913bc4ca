using Intranet.Core.Caching;
using Intranet.Core.Cluster;

namespace Intranet.Users.Services;

/// <summary>
/// What every signed-in request asks of the host database — the account's session state, its roles in a
/// tenant, a tenant's stored roles — kept in memory. <see cref="UsersDbContext"/> drops an account's or a
/// tenant's entries whenever it saves one of its rows, so a disabled account still loses its sessions at the
/// very next request. Other nodes learn of the save through <see cref="IClusterSignals"/> on <see cref="Channel"/>:
/// the save publishes the owners, and <see cref="SessionValidator"/> catches up before it answers from memory.
/// </summary>
public sealed class SessionCache
{
    private readonly ChangeAwareCache _cache;

    /// <summary>The cluster signal channel of account and tenant-role owners.</summary>
    public const string Channel = "users.sessions";

    public SessionCache(TimeProvider clock, IClusterSignalFeed? feed = null)
    {
        _cache = new ChangeAwareCache(clock);
        feed?.Subscribe(Channel, _cache.Invalidate);
    }

    public static string SessionKey(string accountId) => AccountOwner(accountId) + "session";

    public static string RolesKey(string accountId, string tenantName) => AccountOwner(accountId) + "roles:" + tenantName;

    public static string TenantRolesKey(string tenantName) => TenantOwner(tenantName) + "roles";

    /// <summary>The owner prefix of an account's keys.</summary>
    public static string AccountOwner(string accountId) => "a:" + accountId + ":";

    /// <summary>The owner prefix of a tenant's role keys.</summary>
    public static string TenantOwner(string tenantName) => "t:" + tenantName + ":";

    public Task<T> GetOrLoadAsync<T>(string key, string owner, Func<Task<T>> load) => _cache.GetOrLoadAsync(key, owner, load);

    /// <summary>An account changed (stamp, enabled, name, memberships): drop everything cached about it.</summary>
    public void InvalidateAccount(string accountId) => _cache.Invalidate(AccountOwner(accountId));

    /// <summary>A tenant's stored roles changed.</summary>
    public void InvalidateTenantRoles(string tenantName) => _cache.Invalidate(TenantOwner(tenantName));
}
