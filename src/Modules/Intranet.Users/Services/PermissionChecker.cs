using System.Security.Claims;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>
/// A permission holds when the account is a member of the tenant and one of its roles there grants it.
/// Answers are memoised for the request (a menu asks many times); memberships are cached across requests in
/// <see cref="SessionCache"/>, which drops them when they are saved, so a change of roles applies to the next request.
/// </summary>
public sealed class PermissionChecker : IPermissionChecker
{
    private readonly UsersDbContext _db;
    private readonly RolePermissions _roles;
    private readonly SessionCache _cache;
    private readonly Dictionary<(string Account, string Tenant), HashSet<string>?> _memo = [];

    public PermissionChecker(UsersDbContext db, RolePermissions roles, SessionCache cache)
    {
        _db = db;
        _roles = roles;
        _cache = cache;
    }

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, Tenant tenant, Permission permission, CancellationToken cancellationToken = default) =>
        (await PermissionsAsync(user, tenant, cancellationToken))?.Contains(permission.Name) == true;

    public async Task<bool> IsMemberAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken cancellationToken = default) =>
        await PermissionsAsync(user, tenant, cancellationToken) is not null;

    /// <summary>The account's roles in the tenant, or null when it is not a member.</summary>
    public Task<IReadOnlyList<string>?> RolesAsync(string accountId, string tenantName, CancellationToken cancellationToken = default) =>
        _cache.GetOrLoadAsync(SessionCache.RolesKey(accountId, tenantName), SessionCache.AccountOwner(accountId), async () =>
            (IReadOnlyList<string>?)await _db.Memberships.AsNoTracking()
                .Where(m => m.AccountId == accountId && m.TenantName == tenantName)
                .Select(m => m.Roles)
                .FirstOrDefaultAsync(cancellationToken));

    /// <summary>Null when the user is anonymous or not a member of the tenant.</summary>
    private async Task<HashSet<string>?> PermissionsAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken cancellationToken)
    {
        if (user.AccountId() is not { } accountId)
        {
            return null;
        }

        if (_memo.TryGetValue((accountId, tenant.Name), out var known))
        {
            return known;
        }

        var roles = await RolesAsync(accountId, tenant.Name, cancellationToken);
        var permissions = roles is null ? null : await _roles.ForRolesAsync(tenant.Name, roles, cancellationToken);
        _memo[(accountId, tenant.Name)] = permissions;
        return permissions;
    }
}
