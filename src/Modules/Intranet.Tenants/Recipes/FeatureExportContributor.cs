using System.Text.Json.Nodes;
using Intranet.Core.Modules;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;

namespace Intranet.Tenants.Recipes;

/// <summary>Exports the tenant's features first (their schema must exist before other modules' data steps), then its theme.</summary>
public sealed class FeatureExportContributor : IRecipeExportContributor
{
    private readonly ModuleCatalog _catalog;

    public FeatureExportContributor(ModuleCatalog catalog) => _catalog = catalog;

    public int Order => -1000;

    public Task ContributeAsync(Tenant tenant, JsonArray steps, CancellationToken cancellationToken)
    {
        var always = _catalog.AlwaysEnabled(tenant.IsHost).ToHashSet(StringComparer.Ordinal);
        var chosen = _catalog.Order(tenant.EnabledFeatures.Where(f => !always.Contains(f)));
        if (chosen.Count > 0)
        {
            steps.Add(new JsonObject { ["name"] = "feature", ["enable"] = new JsonArray([.. chosen.Select(f => (JsonNode)f)]) });
        }

        if (tenant.Theme is { Length: > 0 } theme)
        {
            steps.Add(new JsonObject { ["name"] = "theme", ["site"] = theme });
        }

        return Task.CompletedTask;
    }
}
