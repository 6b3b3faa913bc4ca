using System.Globalization;
using System.Text;
using Intranet.Core.Text;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// Search text and TT 03/2014 module lists. Folding is the directory's: NFC, lower case, marks removed, đ → d,
/// so "ky nang" finds "Kỹ năng" and the reverse.
/// </summary>
public static class CourseText
{
    /// <summary>The fifteen modules of TT 03/2014: IU01–IU06 basic, IU07–IU15 advanced.</summary>
    public static readonly IReadOnlyList<string> AllModules = [.. Enumerable.Range(1, 15).Select(i => $"IU{i:00}")];

    public static readonly IReadOnlyList<string> BasicModules = [.. AllModules.Take(6)];

    public static string Fold(string? text)
    {
        var decomposed = UnicodeText.Normalize(text).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c == 'đ' ? 'd' : c);
        }

        return builder.ToString();
    }

    /// <summary>"iu01, IU3 ,IU02" → "IU01,IU02,IU03"; null and a list of the unknown codes when one is not a module.</summary>
    public static string? NormalizeModules(IEnumerable<string>? codes, out List<string> unknown)
    {
        unknown = [];
        var known = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in codes ?? [])
        {
            var code = raw.Trim().ToUpperInvariant();
            if (code.Length == 0)
            {
                continue;
            }

            if (code.StartsWith("IU", StringComparison.Ordinal) && int.TryParse(code.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 15)
            {
                known.Add($"IU{n:00}");
            }
            else
            {
                unknown.Add(raw.Trim());
            }
        }

        return unknown.Count > 0 ? null : string.Join(',', known);
    }

    public static IReadOnlyList<string> SplitModules(string? modules) =>
        string.IsNullOrEmpty(modules) ? [] : modules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
