using System.Text.Json;

namespace Intranet.Core.Recipes;

/// <summary>One step of a recipe, after <c>{{variable}}</c> substitution.</summary>
public sealed record RecipeStep(int Number, string Name, JsonElement Data)
{
    public string? GetString(string property) =>
        Data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public IReadOnlyList<string> GetStrings(string property) =>
        Data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    public T? Deserialize<T>(string property) =>
        Data.TryGetProperty(property, out var value) ? value.Deserialize<T>(RecipeJson.Options) : default;
}
