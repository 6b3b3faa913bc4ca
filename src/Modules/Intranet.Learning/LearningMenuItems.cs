using Intranet.Core.Navigation;

namespace Intranet.Learning;

internal static class LearningMenuItems
{
    public static void Build(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Đào tạo", "~/admin/learning", Permissions.ManageCourses, Position: 340, Icon: "mortarboard")
            {
                Children =
                [
                    new MenuItem("Khóa học", "~/admin/learning", Permissions.ManageCourses, Position: 1),
                    new MenuItem("Báo cáo đào tạo", "~/admin/learning/report", Permissions.ViewLearningReports, Position: 2),
                ],
            });
        }
        else if (menuName == Menus.Site)
        {
            items.Add(new MenuItem("Khóa học", "~/learning", Permissions.ViewCourses, Position: 920, Icon: "mortarboard")
            {
                Children =
                [
                    new MenuItem("Danh mục khóa học", "~/learning", Permissions.ViewCourses, Position: 1),
                    new MenuItem("Khóa học của tôi", "~/learning/my", Permissions.ViewCourses, Position: 2),
                ],
            });
        }
    }
}
