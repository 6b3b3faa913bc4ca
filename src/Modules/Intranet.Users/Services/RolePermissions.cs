using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>
/// The permissions of roles in a tenant: the tenant's stored role when there is one, otherwise the default
/// grants the modules declare for that standard role.
/// </summary>
public sealed class RolePermissions
{
    private readonly UsersDbContext _db;
    private readonly PermissionCatalog _catalog;
    private readonly SessionCache _cache;

    public RolePermissions(UsersDbContext db, PermissionCatalog catalog, SessionCache cache)
    {
        _db = db;
        _catalog = catalog;
        _cache = cache;
    }

    public async Task<HashSet<string>> ForRolesAsync(string tenantName, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        if (roles.Count == 0)
        {
            return granted;
        }

        // A tenant has a handful of stored roles: cache them all, dropped when one is saved.
        var stored = await _cache.GetOrLoadAsync(SessionCache.TenantRolesKey(tenantName), SessionCache.TenantOwner(tenantName), async () =>
            (IReadOnlyDictionary<string, List<string>>)(await _db.TenantRoles.AsNoTracking()
                .Where(r => r.TenantName == tenantName)
                .Select(r => new { r.Name, r.Permissions })
                .ToListAsync(cancellationToken))
                .ToDictionary(r => r.Name, r => r.Permissions.ToList(), StringComparer.Ordinal));
        foreach (var role in roles)
        {
            if (stored.TryGetValue(role, out var permissions))
            {
                granted.UnionWith(permissions);
            }
            else if (_catalog.DefaultGrants.TryGetValue(role, out var defaults))
            {
                granted.UnionWith(defaults);
            }
        }

        return granted;
    }
}
