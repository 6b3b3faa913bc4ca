using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Intranet.Site.Services;

/// <summary>URL slugs from Vietnamese titles: "Kế hoạch năm 2027" → "ke-hoach-nam-2027".</summary>
public static partial class Slugs
{
    public static string FromTitle(string title)
    {
        var decomposed = Intranet.Core.Text.UnicodeText.Normalize(title.Trim().ToLowerInvariant().Replace('đ', 'd'), NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        var slug = NonSlug().Replace(builder.ToString(), "-").Trim('-');
        if (slug.Length > 80)
        {
            slug = slug[..80].TrimEnd('-');
        }

        return slug.Length == 0 ? "bai-viet" : slug;
    }

    /// <summary>Lower-case letters, digits and single hyphens.</summary>
    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= SiteLimits.Slug } && ValidSlug().IsMatch(slug);

    /// <summary>The slug, or the slug with "-2", "-3"… when it is taken.</summary>
    public static string Unique(string slug, Func<string, bool> taken)
    {
        var candidate = slug;
        for (var n = 2; taken(candidate); n++)
        {
            candidate = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonSlug();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidSlug();
}
