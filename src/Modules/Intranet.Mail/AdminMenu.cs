using Intranet.Core.Navigation;

namespace Intranet.Mail;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Thư công vụ", "~/admin/mail", Permissions.ManageMail, Position: 400, Icon: "envelope"));
        }
    }
}
