using Intranet.Core.Security;

namespace Intranet.Mail;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageMail = new("ManageMail", "Quản trị tên miền, hộp thư, bí danh và nhóm thư");

    public static readonly Permission UseWebmail = new("UseWebmail", "Dùng webmail để đọc và gửi thư công vụ");

    public IEnumerable<Permission> GetPermissions() => [ManageMail, UseWebmail];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new PermissionStereotype(StandardRoles.Administrator, [ManageMail, UseWebmail]),
        new PermissionStereotype(StandardRoles.HrOfficer, [UseWebmail]),
        new PermissionStereotype(StandardRoles.Trainer, [UseWebmail]),
        new PermissionStereotype(StandardRoles.Editor, [UseWebmail]),
        new PermissionStereotype(StandardRoles.Member, [UseWebmail]),
    ];
}
