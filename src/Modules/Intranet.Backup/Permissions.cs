using Intranet.Core.Security;

namespace Intranet.Backup;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>A backup holds every department's data (HR records included): security sensitive.</summary>
    public static readonly Permission ManageBackups = new("ManageBackups", "Xem và tạo các bản sao lưu toàn tỉnh", IsSecuritySensitive: true);

    public IEnumerable<Permission> GetPermissions() => [ManageBackups];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [new PermissionStereotype(StandardRoles.Administrator, [ManageBackups])];
}
