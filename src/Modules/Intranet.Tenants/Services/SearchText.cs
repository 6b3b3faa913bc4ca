using System.Globalization;
using System.Text;

namespace Intranet.Tenants.Services;

/// <summary>Folds text for the tenant list's search: lower case, Vietnamese marks removed ("Sở Tài chính" → "so tai chinh").</summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = Intranet.Core.Text.UnicodeText.Normalize(text, NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // đ/Đ is a letter of its own, not d plus a mark.
            builder.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }

        return Intranet.Core.Text.UnicodeText.Normalize(builder.ToString());
    }
}
