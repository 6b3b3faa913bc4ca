using Intranet.Core.Security;

namespace Intranet.Users;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Quản lý tài khoản và thành viên của đơn vị", IsSecuritySensitive: true);

    public static readonly Permission ManageRoles = new("ManageRoles", "Quản lý vai trò và quyền của đơn vị", IsSecuritySensitive: true);

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [new PermissionStereotype(StandardRoles.Administrator, [ManageUsers, ManageRoles])];
}
