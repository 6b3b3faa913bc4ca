using System.Text.Json;
using Intranet.Core.Recipes;

namespace Intranet.Tenants.Services;

/// <summary>The harvested recipes a department can be created from, and lookup by name.</summary>
public sealed class RecipeCatalog
{
    private readonly RecipeHarvester _harvester;

    public RecipeCatalog(RecipeHarvester harvester) => _harvester = harvester;

    /// <summary>The recipe's JSON, or a 400 listing the recipes there are.</summary>
    public async Task<(string Json, string Source)> GetAsync(string? name, CancellationToken cancellationToken = default)
    {
        var all = await _harvester.HarvestAsync(cancellationToken);
        if (name is not null && all.TryGetValue(name, out var found))
        {
            return found;
        }

        throw TenantOperationException.Invalid($"Không có công thức (recipe) '{name}'. Các công thức có sẵn: {string.Join(", ", all.Keys.Order(StringComparer.Ordinal))}.");
    }

    /// <summary>Recipes that set up one department: not the host's, not those that create tenants themselves.</summary>
    public async Task<IReadOnlyList<RecipeSummary>> DepartmentRecipesAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<RecipeSummary>();
        foreach (var (name, (json, _)) in await _harvester.HarvestAsync(cancellationToken))
        {
            try
            {
                using var document = JsonDocument.Parse(json, RecipeJson.DocumentOptions);
                var root = document.RootElement;
                var createsTenants = root.TryGetProperty("steps", out var steps) && steps.ValueKind == JsonValueKind.Array
                    && steps.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString() == "tenant");
                if (name == "host" || createsTenants)
                {
                    continue;
                }

                list.Add(new RecipeSummary(
                    name,
                    root.TryGetProperty("displayName", out var display) ? display.GetString() ?? name : name,
                    root.TryGetProperty("description", out var description) ? description.GetString() ?? "" : ""));
            }
            catch (JsonException)
            {
                // A malformed shipped recipe is not offered; running it by name reports the line.
            }
        }

        return [.. list.OrderBy(r => r.Name == "department" ? 0 : 1).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }
}
