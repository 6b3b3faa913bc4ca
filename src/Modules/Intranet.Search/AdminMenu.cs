using Intranet.Core.Navigation;

namespace Intranet.Search;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Chỉ mục tìm kiếm", "~/admin/search", Permissions.ManageSearchIndexes, Position: 900, Icon: "search"));
        }
    }
}
