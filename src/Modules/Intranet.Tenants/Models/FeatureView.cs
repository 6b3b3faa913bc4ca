using Intranet.Core.Modules;
using Intranet.Core.Tenants;
using Intranet.Tenants.Services;

namespace Intranet.Tenants.Models;

/// <summary>A feature as seen from one tenant: whether it is on, may be switched, and what it brings along or takes down.</summary>
public sealed record FeatureView(
    string Id,
    string Name,
    string Description,
    string Category,
    bool Enabled,
    bool AlwaysEnabled,
    bool Allowed,
    IReadOnlyList<string> Dependencies,
    IReadOnlyList<string> Dependents)
{
    public static List<FeatureView> For(ModuleCatalog catalog, Tenant tenant) =>
        [.. catalog.OrderedFeatures
            .OrderBy(f => f.Category, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => new FeatureView(
                f.Id,
                f.Name,
                f.Description,
                f.Category,
                tenant.IsFeatureEnabled(f.Id),
                f.AlwaysEnabled,
                f.AllowedIn(tenant.IsHost),
                f.Dependencies,
                [.. FeatureRules.Dependents(catalog, f.Id).Select(d => d.Id)]))];
}
