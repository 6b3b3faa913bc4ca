namespace Intranet.Core.Navigation;

/// <summary>A module's AdminMenu.cs implements this to add entries to a named menu ("admin", "site", "user").</summary>
public interface INavigationProvider
{
    void BuildNavigation(string menuName, ICollection<MenuItem> items);
}
