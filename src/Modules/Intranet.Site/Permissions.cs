using Intranet.Core.Security;

namespace Intranet.Site;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSiteContent = new("ManageSiteContent", "Quản lý tin tức, trang và thiết lập trang đơn vị");

    public IEnumerable<Permission> GetPermissions() => [ManageSiteContent];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new PermissionStereotype(StandardRoles.Administrator, [ManageSiteContent]),
        new PermissionStereotype(StandardRoles.Editor, [ManageSiteContent]),
    ];
}
