using Intranet.Core.Security;

namespace Intranet.Tenants;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Creating, changing and removing departments reaches every department's data: security sensitive.</summary>
    public static readonly Permission ManageTenants = new("ManageTenants", "Quản lý các đơn vị (tạo, sửa, bật/tắt tính năng, xuất, xóa)", IsSecuritySensitive: true);

    public IEnumerable<Permission> GetPermissions() => [ManageTenants];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [new PermissionStereotype(StandardRoles.Administrator, [ManageTenants])];
}
