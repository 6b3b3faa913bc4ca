using Intranet.Core.Modules;
using Intranet.Core.Navigation;

namespace Intranet.Mail;

/// <summary>"Thư công vụ" in the site menu, for those who may use the webmail where the feature is on.</summary>
[ForFeature("Intranet.Mail.Webmail")]
public sealed class WebmailMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Site)
        {
            items.Add(new MenuItem("Thư công vụ", "~/webmail", Permissions.UseWebmail, Position: 500, Icon: "envelope"));
        }
    }
}
