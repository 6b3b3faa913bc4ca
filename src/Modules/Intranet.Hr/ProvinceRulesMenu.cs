using Intranet.Core.Modules;
using Intranet.Core.Navigation;

namespace Intranet.Hr;

/// <summary>At the host: the code lists in the admin menu, the calculator in the site menu.</summary>
[ForFeature(HrFeatures.Province)]
public sealed class ProvinceRulesMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Danh mục nhân sự", "~/admin/hr/code-lists", Permissions.ManageHrCodeLists, Position: 330, Icon: "list-check"));
        }
        else if (menuName == Menus.Site)
        {
            items.Add(new MenuItem("Tính nâng bậc, nghỉ hưu", "~/hr/calculator", Permissions.UseHrCalculator, Position: 920, Icon: "calculator"));
        }
    }
}
