using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Intranet.Core.Localization;

/// <summary>
/// Translations of the UI's Vietnamese source strings, one JSON file per culture embedded in each assembly
/// (<c>Localization/en.json</c>: { "Vietnamese text": "English text" }). Vietnamese is the source language,
/// so a vi-VN lookup returns the key itself. Merged across modules, like Orchard's PO files.
/// </summary>
public sealed class TranslationCatalog
{
    private readonly IReadOnlyList<Assembly> _assemblies;
    private readonly ConcurrentDictionary<string, FrozenDictionary<string, string>> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    public TranslationCatalog(IEnumerable<Assembly> assemblies) => _assemblies = [.. assemblies.Distinct()];

    public string? Translate(string text, CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName == "vi")
        {
            return null;
        }

        return Load(culture.Name).TryGetValue(text, out var value) || Load(culture.TwoLetterISOLanguageName).TryGetValue(text, out value)
            ? value
            : null;
    }

    public IEnumerable<KeyValuePair<string, string>> All(CultureInfo culture) => Load(culture.TwoLetterISOLanguageName);

    private FrozenDictionary<string, string> Load(string culture) => _byCulture.GetOrAdd(culture, c =>
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        var suffix = ".Localization." + c + ".json";
        foreach (var assembly in _assemblies)
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
                foreach (var (key, value) in entries)
                {
                    merged[key] = value;
                }
            }
        }

        return merged.ToFrozenDictionary(StringComparer.Ordinal);
    });
}
