using System.Security.Claims;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>
/// A permission holds when the account is a member of the tenant and one of its roles there grants it.
/// Answers are memoised for the request (a menu asks many times), never across requests, so a change of roles
/// applies to the very next request.
/// </summary>
public sealed class PermissionChecker : IPermissionChecker
{
    private readonly UsersDbContext _db;
    private readonly RolePermissions _roles;
    private readonly Dictionary<(string Account, string Tenant), HashSet<string>?> _memo = [];

    public PermissionChecker(UsersDbContext db, RolePermissions roles)
    {
        _db = db;
        _roles = roles;
    }

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, Tenant tenant, Permission permission, CancellationToken cancellationToken = default) =>
        (await PermissionsAsync(user, tenant, cancellationToken))?.Contains(permission.Name) == true;

    public async Task<bool> IsMemberAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken cancellationToken = default) =>
        await PermissionsAsync(user, tenant, cancellationToken) is not null;

    /// <summary>The account's roles in the tenant, or null when it is not a member.</summary>
    public async Task<IReadOnlyList<string>?> RolesAsync(string accountId, string tenantName, CancellationToken cancellationToken = default) =>
        await _db.Memberships.AsNoTracking()
            .Where(m => m.AccountId == accountId && m.TenantName == tenantName)
            .Select(m => m.Roles)
            .FirstOrDefaultAsync(cancellationToken);

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
