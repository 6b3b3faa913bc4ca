namespace Intranet.Core.Themes;

/// <summary>Declares a theme assembly: its id, display name and the layout view it provides.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ThemeAttribute : Attribute
{
    public ThemeAttribute(string id, string name, string layoutPath)
    {
        Id = id;
        Name = name;
        LayoutPath = layoutPath;
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>Application-relative path of the layout, e.g. "/Views/Shared/_AdminLayout.cshtml".</summary>
    public string LayoutPath { get; }

    /// <summary>The administration theme; site themes are chosen per tenant.</summary>
    public bool IsAdminTheme { get; set; }
}
