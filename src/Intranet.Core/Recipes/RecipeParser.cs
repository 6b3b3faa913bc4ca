using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Intranet.Core.Recipes;

/// <summary>Parses recipe JSON and substitutes <c>{{variable}}</c> values (header defaults, overridden by the caller).</summary>
public static partial class RecipeParser
{
    public static RecipeDescriptor Parse(string json, IReadOnlyDictionary<string, string>? values = null, string? source = null)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: RecipeJson.DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new RecipeException($"Công thức (recipe) không phải JSON hợp lệ: dòng {ex.LineNumber + 1}, vị trí {ex.BytePositionInLine + 1}.", ex);
        }

        try
        {
            // JsonNode builds objects lazily: a duplicate property name only surfaces (as ArgumentException) on first access.
            _ = root?.GetValueKind() == JsonValueKind.Object ? root.AsObject().Count : 0;
        }
        catch (ArgumentException ex)
        {
            throw new RecipeException("Công thức (recipe) có một thuộc tính bị lặp lại: " + ex.Message, ex);
        }

        if (root is not JsonObject header)
        {
            throw new RecipeException("Công thức (recipe) phải là một đối tượng JSON có 'name' và 'steps'.");
        }

        var errors = new List<string>();
        var name = header["name"]?.GetValueKind() == JsonValueKind.String ? header["name"]!.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("Công thức thiếu tên ('name').");
        }

        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (header["variables"] is JsonObject declared)
        {
            foreach (var (key, value) in declared)
            {
                variables[key] = value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value?.ToJsonString() ?? "";
            }
        }

        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        if (header["steps"] is not JsonArray steps)
        {
            errors.Add("Công thức thiếu danh sách bước ('steps').");
            throw new RecipeException(errors);
        }

        var parsed = new List<RecipeStep>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step || step["name"]?.GetValueKind() != JsonValueKind.String)
            {
                errors.Add($"Bước {i + 1}: thiếu tên bước ('name').");
                continue;
            }

            var substituted = Substitute(step, variables, i + 1, errors);
            using var document = JsonDocument.Parse(substituted.ToJsonString());
            parsed.Add(new RecipeStep(i + 1, step["name"]!.GetValue<string>(), document.RootElement.Clone()));
        }

        if (errors.Count > 0)
        {
            throw new RecipeException(errors);
        }

        return new RecipeDescriptor(
            name!,
            header["displayName"]?.ToString() ?? name!,
            header["description"]?.ToString() ?? "",
            variables,
            parsed,
            header["issetuprecipe"]?.GetValueKind() == JsonValueKind.True,
            source);
    }

    private static JsonNode Substitute(JsonNode node, IReadOnlyDictionary<string, string> variables, int stepNumber, List<string> errors)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    copy[key] = value is null ? null : Substitute(value, variables, stepNumber, errors);
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(v => v is null ? null : Substitute(v, variables, stepNumber, errors))]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(Replace(value.GetValue<string>(), variables, stepNumber, errors));
            default:
                return node.DeepClone();
        }
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> variables, int stepNumber, List<string> errors)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        return VariablePattern().Replace(text, match =>
        {
            var key = match.Groups[1].Value;
            if (variables.TryGetValue(key, out var value))
            {
                return value;
            }

            errors.Add($"Bước {stepNumber}: biến '{{{{{key}}}}}' chưa được khai báo.");
            return match.Value;
        });
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePattern();

    /// <summary>Reads a recipe file as UTF-8 (BOM tolerated).</summary>
    public static async Task<RecipeDescriptor> ParseFileAsync(string path, IReadOnlyDictionary<string, string>? values = null, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken), values, path);
}
