using Intranet.Core.Modules;
using Intranet.Core.Navigation;

namespace Intranet.Hr;

/// <summary>The host's HR entries: the province roll-up and transfers (the department menu is <see cref="AdminMenu"/>).</summary>
[ForFeature(HrFeatures.Province)]
public sealed class ProvinceMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Nhân sự toàn tỉnh", "~/admin/hr/province", Permissions.ViewHrRollups, Position: 321, Icon: "people"));
            items.Add(new MenuItem("Điều động cán bộ", "~/admin/hr/transfers", Permissions.TransferHrRecords, Position: 322, Icon: "arrow-left-right"));
        }
    }
}
