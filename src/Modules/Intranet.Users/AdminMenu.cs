using Intranet.Core.Navigation;

namespace Intranet.Users;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Tài khoản", "~/admin/users", Permissions.ManageUsers, Position: 200, Icon: "people"));
            items.Add(new MenuItem("Vai trò", "~/admin/roles", Permissions.ManageRoles, Position: 210, Icon: "shield-lock"));
        }
    }
}
