using Intranet.Core.Navigation;

namespace Intranet.Tenants;

/// <summary>The "Đơn vị" entry; the feature is host-only, so the entry shows only in the province's admin.</summary>
public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Đơn vị", "~/admin/tenants", Permissions.ManageTenants, Position: 10, Icon: "building"));
        }
    }
}
