using Intranet.Core.Modules;
using Microsoft.Extensions.Hosting;

namespace Intranet.Core.Recipes;

/// <summary>Finds the recipes shipped with the product: <c>recipes/*.recipe.json</c> and each module's embedded <c>Recipes/*.recipe.json</c>.</summary>
public sealed class RecipeHarvester
{
    private readonly ModuleCatalog _catalog;
    private readonly IHostEnvironment _environment;

    public RecipeHarvester(ModuleCatalog catalog, IHostEnvironment environment)
    {
        _catalog = catalog;
        _environment = environment;
    }

    /// <summary>Recipe name → its JSON text.</summary>
    public async Task<IReadOnlyDictionary<string, (string Json, string Source)>> HarvestAsync(CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in _catalog.Modules)
        {
            foreach (var resource in module.Assembly.GetManifestResourceNames().Where(r => r.EndsWith(".recipe.json", StringComparison.OrdinalIgnoreCase)))
            {
                await using var stream = module.Assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                var json = await reader.ReadToEndAsync(cancellationToken);
                found[NameOf(json) ?? resource] = (json, module.Id + ":" + resource);
            }
        }

        foreach (var folder in RecipeFolders())
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*.recipe.json"))
            {
                var json = await File.ReadAllTextAsync(file, cancellationToken);
                found[NameOf(json) ?? Path.GetFileName(file)] = (json, file);
            }
        }

        return found;
    }

    private IEnumerable<string> RecipeFolders()
    {
        // The content root's recipes/ when published; the repository's recipes/ when run from source.
        var candidates = new[]
        {
            Path.Combine(_environment.ContentRootPath, "recipes"),
            Path.Combine(AppContext.BaseDirectory, "recipes"),
        };
        return candidates.Where(System.IO.Directory.Exists).Select(Path.GetFullPath).Distinct();
    }

    private static string? NameOf(string json)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json, RecipeJson.DocumentOptions);
            return document.RootElement.TryGetProperty("name", out var name) ? name.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
