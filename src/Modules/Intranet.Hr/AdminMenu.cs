using Intranet.Core.Navigation;

namespace Intranet.Hr;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Hồ sơ cán bộ", "~/admin/hr", Permissions.ViewHrBasic, Position: 320, Icon: "person-vcard"));
        }
        else if (menuName == Menus.Site)
        {
            items.Add(new MenuItem("Hồ sơ của tôi", "~/hr/me", Permissions.ViewOwnHrRecord, Position: 910, Icon: "person-vcard"));
        }
    }
}
