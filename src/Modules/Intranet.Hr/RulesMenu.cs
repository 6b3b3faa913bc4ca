using Intranet.Core.Navigation;

namespace Intranet.Hr;

/// <summary>The calculator in a department's site menu.</summary>
public sealed class RulesMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (menuName == Menus.Site)
        {
            items.Add(new MenuItem("Tính nâng bậc, nghỉ hưu", "~/hr/calculator", Permissions.UseHrCalculator, Position: 920, Icon: "calculator"));
        }
    }
}
