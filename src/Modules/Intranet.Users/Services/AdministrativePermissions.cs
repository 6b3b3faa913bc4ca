using Intranet.Core.Security;

namespace Intranet.Users.Services;

/// <summary>
/// The permissions that make an account an administrator, whatever its roles are called: every permission marked
/// security-sensitive, and every permission the modules grant to the Administrator stereotype but not to every
/// Member. With RequireTwoFactorForAdministrators these are withheld from accounts without TOTP (probe S6).
/// </summary>
public sealed class AdministrativePermissions
{
    public AdministrativePermissions(PermissionCatalog catalog)
    {
        var admin = catalog.DefaultGrants.GetValueOrDefault(StandardRoles.Administrator) ?? new HashSet<string>();
        var member = catalog.DefaultGrants.GetValueOrDefault(StandardRoles.Member) ?? new HashSet<string>();
        Names = catalog.Permissions
            .Where(p => p.IsSecuritySensitive || (admin.Contains(p.Name) && !member.Contains(p.Name)))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Names { get; }
}
