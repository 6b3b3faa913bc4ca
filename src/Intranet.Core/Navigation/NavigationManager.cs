using System.Security.Claims;
using Intranet.Core.Modules;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace Intranet.Core.Navigation;

/// <summary>Builds a menu for the current user in the current tenant: entries of disabled features and entries the user may not use are left out.</summary>
public sealed class NavigationManager
{
    private readonly IEnumerable<INavigationProvider> _providers;
    private readonly ModuleCatalog _catalog;
    private readonly IAuthorizationService _authorization;

    public NavigationManager(IEnumerable<INavigationProvider> providers, ModuleCatalog catalog, IAuthorizationService authorization)
    {
        _providers = providers;
        _catalog = catalog;
        _authorization = authorization;
    }

    public async Task<IReadOnlyList<MenuItem>> BuildAsync(string menuName, Tenant tenant, ClaimsPrincipal user)
    {
        var visible = new List<MenuItem>();
        foreach (var provider in _providers)
        {
            var feature = _catalog.FeatureOf(provider.GetType());
            if (feature is not null && !tenant.IsFeatureEnabled(feature.Id))
            {
                continue;
            }

            var items = new List<MenuItem>();
            provider.BuildNavigation(menuName, items);
            foreach (var item in items)
            {
                if (await AllowedAsync(item, user) is { } allowed)
                {
                    visible.Add(allowed with { FeatureId = feature?.Id });
                }
            }
        }

        return [.. visible.OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.Ordinal)];
    }

    private async Task<MenuItem?> AllowedAsync(MenuItem item, ClaimsPrincipal user)
    {
        if (item.Permission is not null && !await _authorization.AuthorizeAsync(user, item.Permission))
        {
            return null;
        }

        var children = new List<MenuItem>();
        foreach (var child in item.Children)
        {
            if (await AllowedAsync(child, user) is { } allowed)
            {
                children.Add(allowed);
            }
        }

        // A group whose children are all hidden disappears too.
        return item.Children.Count > 0 && children.Count == 0 ? null : item with { Children = [.. children.OrderBy(c => c.Position)] };
    }
}
