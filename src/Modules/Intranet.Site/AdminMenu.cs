using Intranet.Core.Navigation;

namespace Intranet.Site;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Trang đơn vị", "~/admin/site/news", Position: 200)
            {
                Children =
                [
                    new MenuItem("Tin tức", "~/admin/site/news", Permissions.ManageSiteContent, Position: 1),
                    new MenuItem("Trang nội dung", "~/admin/site/pages", Permissions.ManageSiteContent, Position: 2),
                    new MenuItem("Thiết lập trang", "~/admin/site/settings", Permissions.ManageSiteContent, Position: 3),
                ],
            });
        }
        else if (menuName == Menus.Site)
        {
            items.Add(new MenuItem("Trang chủ", "~/", Position: 0));
            items.Add(new MenuItem("Tin tức", "~/news", Position: 10));
        }
    }
}
