using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Intranet.Security.Tests.Fuzz;

/// <summary>
/// Baseline values, so that a request differs from a well-formed one in the one input being fuzzed. Names
/// that would start expensive or lasting work point at things that do not exist (an unknown recipe, an
/// unknown email, a too-short password).
/// </summary>
public static class PlausibleValues
{
    public static string Text(string name, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (EndpointInputs.ElementType(type) is { } element)
        {
            return Text(name, element);
        }

        if (type == typeof(bool))
        {
            return "true"; // dryRun=true and friends: look, don't write
        }

        if (type.IsEnum)
        {
            return Enum.GetNames(type)[0];
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return "1";
        }

        if (type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly))
        {
            return "2026-12-06";
        }

        if (type == typeof(Guid))
        {
            return "6f1c2a52-3b0e-4d8e-9d0a-2f3b4c5d6e7f";
        }

        var lower = name.ToLowerInvariant();
        return lower switch
        {
            _ when lower.Contains("email", StringComparison.Ordinal) || lower is "to" or "cc" or "bcc" or "address" => "fuzz@khong-ton-tai.test",
            _ when lower.Contains("recipe", StringComparison.Ordinal) => "khong-ton-tai",
            _ when lower.Contains("password", StringComparison.Ordinal) => "x",
            _ when lower.Contains("url", StringComparison.Ordinal) => "/",
            "culture" => "en-US",
            "from" or "to" => "01/12/2026",
            _ => "thu",
        };
    }

    public static JsonNode? Json(string name, Type type, int depth = 0)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(System.Text.Json.JsonElement) || type == typeof(object))
        {
            return new JsonObject();
        }

        if (EndpointInputs.IsSimple(type))
        {
            var text = Text(name, type);
            return type == typeof(bool) ? JsonValue.Create(true)
                : (type.IsPrimitive || type == typeof(decimal)) && !type.IsEnum ? JsonValue.Create(int.Parse(text, CultureInfo.InvariantCulture))
                : JsonValue.Create(text);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition && (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)))
        {
            return new JsonObject { ["khoa"] = "thu" };
        }

        if (EndpointInputs.ElementType(type) is { } element)
        {
            return new JsonArray(Json(name, element, depth + 1));
        }

        var result = new JsonObject();
        if (depth > 2)
        {
            return result;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            result[CamelCase(property.Name)] = Json(property.Name, property.PropertyType, depth + 1);
        }

        return result;
    }

    public static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
