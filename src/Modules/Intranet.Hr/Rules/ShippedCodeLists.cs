using System.Globalization;
using System.Text.Json;

namespace Intranet.Hr.Rules;

/// <summary>
/// The code lists shipped with the module (embedded <c>Rules/Data/hr-codelists.json</c>, with the source of every
/// list): what the recipe step <c>hr-codelists</c> loads into the host database, and the fallback before it ran.
/// </summary>
public static class ShippedCodeLists
{
    private const string ResourceName = "Intranet.Hr.Rules.Data.hr-codelists.json";

    private static readonly Lazy<CodeListSet> Shipped = new(() => new CodeListSet(Load()));

    public static CodeListSet Set => Shipped.Value;

    /// <summary>Parses the embedded file (each call returns fresh objects).</summary>
    public static IReadOnlyList<CodeList> Load()
    {
        using var stream = typeof(ShippedCodeLists).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.GetProperty("lists").EnumerateArray().Select(ReadList)];
    }

    private static CodeList ReadList(JsonElement list) => new(
        list.GetProperty("key").GetString()!,
        list.GetProperty("name").GetString()!,
        list.GetProperty("version").GetString()!,
        list.GetProperty("source").GetString()!,
        DateOnly.ParseExact(list.GetProperty("validFrom").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        [.. list.GetProperty("items").EnumerateArray().Select(ReadItem)]);

    private static CodeItem ReadItem(JsonElement item) => new(item.GetProperty("code").GetString()!, item.GetProperty("name").GetString()!)
    {
        Aliases = item.TryGetProperty("aliases", out var aliases) ? [.. aliases.EnumerateArray().Select(a => a.GetString()!)] : [],
        Parent = item.TryGetProperty("parent", out var parent) ? parent.GetString() : null,
        Values = item.TryGetProperty("values", out var values) ? [.. values.EnumerateArray().Select(v => v.GetDecimal())] : [],
        Months = item.TryGetProperty("months", out var months) ? months.GetInt32() : null,
    };
}
