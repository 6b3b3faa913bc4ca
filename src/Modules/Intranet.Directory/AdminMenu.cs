using Intranet.Core.Navigation;

namespace Intranet.StaffDirectory;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Danh bạ đơn vị", "~/admin/directory", Permissions.ManageDirectory, Position: 300, Icon: "people"));
        }
        else if (menuName == Menus.Site)
        {
            items.Add(new MenuItem("Hồ sơ liên hệ của tôi", "~/directory-profile", Permissions.ViewDirectory, Position: 900, Icon: "person"));
        }
    }
}
