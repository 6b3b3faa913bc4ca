using System.Reflection;

namespace Intranet.Core.Themes;

/// <summary>The themes found among the application's assemblies.</summary>
public sealed class ThemeCatalog
{
    public ThemeCatalog(IEnumerable<Assembly> assemblies)
    {
        Themes = [.. assemblies.Select(a => a.GetCustomAttribute<ThemeAttribute>()).OfType<ThemeAttribute>().OrderBy(t => t.Id, StringComparer.Ordinal)];
    }

    public IReadOnlyList<ThemeAttribute> Themes { get; }

    public ThemeAttribute? Find(string? id) => Themes.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    public ThemeAttribute? Admin => Themes.FirstOrDefault(t => t.IsAdminTheme);

    /// <summary>The site theme used when a tenant names none.</summary>
    public ThemeAttribute? DefaultSite => Themes.FirstOrDefault(t => !t.IsAdminTheme);
}
