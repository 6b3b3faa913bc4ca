using System.Text.Json.Nodes;
using Intranet.Core.Recipes;

namespace Intranet.Tenants.Services;

/// <summary>For sample data only: removes steps (also a <c>tenant</c> step's inline steps) that no installed module handles.</summary>
public static class RecipePruner
{
    public static string KeepKnownSteps(string json, IReadOnlyCollection<string> known, out List<string> skipped)
    {
        var names = new HashSet<string>(known, StringComparer.OrdinalIgnoreCase);
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var root = JsonNode.Parse(json, documentOptions: RecipeJson.DocumentOptions);
        if (root?["steps"] is JsonArray steps)
        {
            Prune(steps, names, removed);
        }

        skipped = [.. removed];
        return root?.ToJsonString() ?? json;
    }

    private static void Prune(JsonArray steps, HashSet<string> known, SortedSet<string> removed)
    {
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            if (steps[i]?["name"] is JsonValue value && value.TryGetValue<string>(out var name) && !known.Contains(name))
            {
                removed.Add(name);
                steps.RemoveAt(i);
            }
            else if (steps[i]?["steps"] is JsonArray inline)
            {
                Prune(inline, known, removed);
            }
        }
    }
}
