using Intranet.Core.Navigation;

namespace Intranet.Backup;

/// <summary>The "Sao lưu" entry; the feature is host-only, so the entry shows only in the province's admin.</summary>
public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menuName, ICollection<MenuItem> items)
    {
        if (menuName == Menus.Admin)
        {
            items.Add(new MenuItem("Sao lưu", "~/admin/backups", Permissions.ManageBackups, Position: 960, Icon: "archive"));
        }
    }
}
