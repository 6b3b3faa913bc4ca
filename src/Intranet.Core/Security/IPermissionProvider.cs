namespace Intranet.Core.Security;

/// <summary>A module's Permissions.cs implements this: the permissions it defines and the roles that get them by default.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    IEnumerable<PermissionStereotype> GetDefaultStereotypes();
}
