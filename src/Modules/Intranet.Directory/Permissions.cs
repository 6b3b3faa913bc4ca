using Intranet.Core.Security;

namespace Intranet.StaffDirectory;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageDirectory = new("ManageDirectory", "Quản lý phòng ban, chức vụ và hồ sơ cán bộ của đơn vị");

    public static readonly Permission ViewDirectory = new("ViewDirectory", "Xem danh bạ cán bộ");

    public IEnumerable<Permission> GetPermissions() => [ManageDirectory, ViewDirectory];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new PermissionStereotype(StandardRoles.Administrator, [ManageDirectory, ViewDirectory]),
        new PermissionStereotype(StandardRoles.HrOfficer, [ManageDirectory, ViewDirectory]),
        new PermissionStereotype(StandardRoles.Trainer, [ViewDirectory]),
        new PermissionStereotype(StandardRoles.Editor, [ViewDirectory]),
        new PermissionStereotype(StandardRoles.Member, [ViewDirectory]),
    ];
}
