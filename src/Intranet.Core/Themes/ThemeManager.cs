using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Intranet.Core.Themes;

/// <summary>Chooses the layout of a page: the admin theme for admin endpoints, else the tenant's theme.</summary>
public sealed class ThemeManager
{
    private readonly ThemeCatalog _catalog;
    private readonly ITenantAccessor _tenants;

    public ThemeManager(ThemeCatalog catalog, ITenantAccessor tenants)
    {
        _catalog = catalog;
        _tenants = tenants;
    }

    public bool IsAdmin(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<AdminAttribute>() is not null;

    public string? LayoutFor(HttpContext context)
    {
        var theme = IsAdmin(context) ? _catalog.Admin : _catalog.Find(_tenants.Current?.Theme) ?? _catalog.DefaultSite;
        return theme?.LayoutPath;
    }
}
