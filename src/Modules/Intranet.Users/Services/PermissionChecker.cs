using System.Security.Claims;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Services;

/// <summary>
/// A permission holds when the account is a member of the tenant and one of its roles there grants it. With
/// RequireTwoFactorForAdministrators, an account without TOTP gets none of the <see cref="AdministrativePermissions"/>
/// until it enrols: the rule is on permissions, so every endpoint, scheme and role name is covered (probe S6).
/// Answers are memoised for the request (a menu asks many times); memberships are cached across requests in
/// <see cref="SessionCache"/>, which drops them when they are saved, so a change of roles applies to the next request.
/// </summary>
public sealed class PermissionChecker : IPermissionChecker
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private readonly IServiceProvider _services;
    private readonly RolePermissions _roles;
    private readonly SessionCache _cache;
    private readonly SessionValidator _sessions;
    private readonly AdministrativePermissions _administrative;
    private readonly IOptionsMonitor<UsersOptions> _options;
    private readonly Dictionary<(string Account, string Tenant), Grants?> _memo = [];
    private UsersDbContext? _db;

    public PermissionChecker(IServiceProvider services, RolePermissions roles, SessionCache cache, SessionValidator sessions, AdministrativePermissions administrative, IOptionsMonitor<UsersOptions> options)
    {
        _services = services;
        _roles = roles;
        _cache = cache;
        _sessions = sessions;
        _administrative = administrative;
        _options = options;
    }

    /// <summary>Set when this request was refused a permission only because the account has no second factor.</summary>
    public bool RefusedForMissingTwoFactor { get; private set; }

    /// <summary>Created only on a cache miss.</summary>
    private UsersDbContext Db => _db ??= _services.GetRequiredService<UsersDbContext>();

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, Tenant tenant, Permission permission, CancellationToken cancellationToken = default)
    {
        if (await GrantsAsync(user, tenant, cancellationToken) is not { } grants)
        {
            return false;
        }

        if (grants.Withheld.Contains(permission.Name))
        {
            RefusedForMissingTwoFactor = true;
            return false;
        }

        return grants.Granted.Contains(permission.Name);
    }

    public async Task<bool> IsMemberAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken cancellationToken = default) =>
        await GrantsAsync(user, tenant, cancellationToken) is not null;

    /// <summary>The administrative permissions the account holds in the tenant but may not use until it enrols TOTP.</summary>
    public async Task<IReadOnlySet<string>> WithheldAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken cancellationToken = default) =>
        (await GrantsAsync(user, tenant, cancellationToken))?.Withheld ?? None;

    /// <summary>The account's roles in the tenant, or null when it is not a member.</summary>
    public Task<IReadOnlyList<string>?> RolesAsync(string accountId, string tenantName, CancellationToken cancellationToken = default) =>
        _cache.GetOrLoadAsync(SessionCache.RolesKey(accountId, tenantName), SessionCache.AccountOwner(accountId), async () =>
            (IReadOnlyList<string>?)await Db.Memberships.AsNoTracking()
                .Where(m => m.AccountId == accountId && m.TenantName == tenantName)
                .Select(m => m.Roles)
                .FirstOrDefaultAsync(cancellationToken));

    /// <summary>Null when the user is anonymous or not a member of the tenant.</summary>
    private async Task<Grants?> GrantsAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken cancellationToken)
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
        Grants? grants = null;
        if (roles is not null)
        {
            var permissions = await _roles.ForRolesAsync(tenant.Name, roles, cancellationToken);
            var withheld = None;
            if (_options.CurrentValue.RequireTwoFactorForAdministrators
                && permissions.Overlaps(_administrative.Names)
                && (await _sessions.FindAsync(accountId, cancellationToken))?.TwoFactorEnabled != true)
            {
                withheld = permissions.Intersect(_administrative.Names, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
            }

            grants = new Grants(permissions, withheld);
        }

        _memo[(accountId, tenant.Name)] = grants;
        return grants;
    }

    private sealed record Grants(IReadOnlySet<string> Granted, IReadOnlySet<string> Withheld);
}
