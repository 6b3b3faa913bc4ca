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

    public RolePermissions(UsersDbContext db, PermissionCatalog catalog)
    {
        _db = db;
        _catalog = catalog;
    }

    public async Task<HashSet<string>> ForRolesAsync(string tenantName, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        if (roles.Count == 0)
        {
            return granted;
        }

        var stored = await _db.TenantRoles.AsNoTracking()
            .Where(r => r.TenantName == tenantName && roles.Contains(r.Name))
            .Select(r => new { r.Name, r.Permissions })
            .ToListAsync(cancellationToken);
        foreach (var role in roles)
        {
            var row = stored.FirstOrDefault(r => r.Name == role);
            if (row is not null)
            {
                granted.UnionWith(row.Permissions);
            }
            else if (_catalog.DefaultGrants.TryGetValue(role, out var defaults))
            {
                granted.UnionWith(defaults);
            }
        }

        return granted;
    }
}
