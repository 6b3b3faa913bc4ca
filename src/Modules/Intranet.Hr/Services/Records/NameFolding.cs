using System.Globalization;
using System.Text;
using Intranet.Core.Text;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// Name search without diacritics, as the directory's search folds ("Đặng Thị Hồng" matches "dang hong"): lower
/// case, marks removed, đ → d. Done in code because SQLite's LIKE knows no Vietnamese.
/// </summary>
public static class NameFolding
{
    public static string Fold(string? text)
    {
        var decomposed = UnicodeText.Normalize(text, NormalizationForm.FormD).ToLowerInvariant();
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c == 'đ' ? 'd' : c);
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Every word of the query starts a word of the name ("ng hong" matches "Nguyễn Thị Hồng").</summary>
    public static bool Matches(string foldedName, IReadOnlyList<string> queryWords)
    {
        var words = foldedName.Split(' ');
        return queryWords.All(q => words.Any(w => w.StartsWith(q, StringComparison.Ordinal)));
    }

    /// <summary>Vietnamese lists sort by the given name (the last word), then the whole name.</summary>
    public static string SortKey(string foldedName)
    {
        var space = foldedName.LastIndexOf(' ');
        return (space < 0 ? foldedName : foldedName[(space + 1)..]) + "\u0001" + foldedName;
    }
}
