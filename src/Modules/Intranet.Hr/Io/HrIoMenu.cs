using Intranet.Core.Navigation;

namespace Intranet.Hr.Io;

/// <summary>The admin menu entry of the import/export part (next to "Hồ sơ cán bộ"), for those who may import.</summary>
public sealed class HrIoMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Nhập, xuất hồ sơ cán bộ", "~/admin/hr/import", Permissions.ImportHrRecords, Position: 321, Icon: "file-earmark-spreadsheet"));
        }
    }
}
