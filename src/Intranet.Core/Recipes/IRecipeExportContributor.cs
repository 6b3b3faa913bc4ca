using System.Text.Json.Nodes;
using Intranet.Core.Tenants;

namespace Intranet.Core.Recipes;

/// <summary>Writes a module's part of a tenant into recipe steps, so an export re-imports as a recipe.</summary>
public interface IRecipeExportContributor
{
    /// <summary>Lower runs first; order steps so that what others need (features, units) comes before them.</summary>
    int Order => 0;

    Task ContributeAsync(Tenant tenant, JsonArray steps, CancellationToken cancellationToken);
}
