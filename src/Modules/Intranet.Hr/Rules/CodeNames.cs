using System.Globalization;
using System.Text;

namespace Intranet.Hr.Rules;

/// <summary>
/// Name matching for code lists: legacy files spell "Gia-rai", "Gia rai", "GIA RAI" or "H'mông"; the key keeps the
/// Vietnamese letters (so "Hoa" ≠ "Hòa") but ignores case, spaces, hyphens, apostrophes, dots and Unicode form.
/// </summary>
public static class CodeNames
{
    public static string Key(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var normalized = value.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        // Without accents only for the discipline forms and similar plain keys ("khiển trách" → "khientrach").
        return RemoveMarks(builder.ToString());
    }

    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(StrictKey(a), StrictKey(b), StringComparison.Ordinal);

    /// <summary>The key that keeps the diacritics (used for matching code-list names).</summary>
    public static string StrictKey(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var normalized = value.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        return new string([.. normalized.Where(char.IsLetterOrDigit)]);
    }

    private static string RemoveMarks(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == 'đ' ? 'd' : c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
