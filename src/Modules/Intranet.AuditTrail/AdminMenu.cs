using Intranet.Core.Navigation;

namespace Intranet.AuditTrail;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Nhật ký kiểm toán", "~/admin/audit", Permissions.ViewAuditTrail, Position: 950, Icon: "journal"));
        }
    }
}
