using Intranet.Core.Navigation;

namespace Intranet.Learning;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Đào tạo", "~/admin/learning", Permissions.ManageCourses, Position: 340, Icon: "mortarboard"));
        }
        else if (menuName == Menus.Site)
        {
            items.Add(new MenuItem("Khóa học", "~/learning", Permissions.ViewCourses, Position: 920, Icon: "mortarboard"));
        }
    }
}
