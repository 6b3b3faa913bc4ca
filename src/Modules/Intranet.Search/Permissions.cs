using Intranet.Core.Security;

namespace Intranet.Search;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSearchIndexes = new("ManageSearchIndexes", "Quản lý và dựng lại chỉ mục tìm kiếm");

    public IEnumerable<Permission> GetPermissions() => [ManageSearchIndexes];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [new PermissionStereotype(StandardRoles.Administrator, [ManageSearchIndexes])];
}
