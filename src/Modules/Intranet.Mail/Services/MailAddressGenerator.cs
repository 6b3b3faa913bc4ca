using System.Globalization;
using System.Text;

namespace Intranet.Mail.Services;

/// <summary>
/// Makes a local part from a Vietnamese full name, without diacritics ("Nguyễn Văn An" → "nguyenvanan", "đ" → "d").
/// A domain's pattern picks the shape: {full} (nguyenvanan), {given}{initials} (annv), {given}.{family} (an.nguyen);
/// tokens are {full}, {given}, {family}, {middle}, {initials}. Collisions get the lowest free number from 2:
/// nguyenvanan, nguyenvanan2, nguyenvanan3 — the same state always gives the same address.
/// </summary>
public static class MailAddressGenerator
{
    public const string DefaultPattern = "{full}";

    public static readonly IReadOnlyList<string> KnownPatterns = ["{full}", "{given}{initials}", "{given}.{family}", "{family}.{given}"];

    public static string Fold(string text)
    {
        var decomposed = Intranet.Core.Text.UnicodeText.Normalize(text, NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower == 'đ' ? 'd' : lower);
        }

        return builder.ToString();
    }

    public static void ValidatePattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern) || !pattern.Contains('{', StringComparison.Ordinal))
        {
            throw MailValidationException.For("addressPattern", "Mẫu địa chỉ phải có ít nhất một trong {full}, {given}, {family}, {middle}, {initials}.");
        }

        var rest = pattern;
        foreach (var token in new[] { "{full}", "{given}", "{family}", "{middle}", "{initials}" })
        {
            rest = rest.Replace(token, "", StringComparison.Ordinal);
        }

        if (rest.Any(c => !(c is '.' or '-' or '_' || char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))))
        {
            throw MailValidationException.For("addressPattern", $"Mẫu địa chỉ \"{pattern}\" có ký tự không dùng được trong địa chỉ thư.");
        }
    }

    /// <summary>The local part before collision handling; "canbo" when the name has no usable letters.</summary>
    public static string Base(string fullName, string? pattern = null)
    {
        var words = Fold(fullName).Split(' ', '\t', '\n', '\r', '-', '.')
            .Select(w => new string(w.Where(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)).ToArray()))
            .Where(w => w.Length > 0)
            .ToArray();
        if (words.Length == 0)
        {
            return "canbo";
        }

        var given = words[^1];
        var family = words.Length > 1 ? words[0] : "";
        var middle = words.Length > 2 ? string.Concat(words[1..^1]) : "";
        var initials = string.Concat(words[..^1].Select(w => w[0]));
        var local = (string.IsNullOrWhiteSpace(pattern) ? DefaultPattern : pattern)
            .Replace("{full}", string.Concat(words), StringComparison.Ordinal)
            .Replace("{given}", given, StringComparison.Ordinal)
            .Replace("{family}", family, StringComparison.Ordinal)
            .Replace("{middle}", middle, StringComparison.Ordinal)
            .Replace("{initials}", initials, StringComparison.Ordinal);
        local = new string(local.Where(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_').ToArray());
        while (local.Contains("..", StringComparison.Ordinal))
        {
            local = local.Replace("..", ".", StringComparison.Ordinal);
        }

        local = local.Trim('.', '-', '_');
        if (local.Length > 60)
        {
            local = local[..60].TrimEnd('.', '-', '_');
        }

        return local.Length == 0 ? "canbo" : local;
    }

    /// <summary>A hyphenated ASCII form of a unit or department name: "Phòng Hành chính" → "phong-hanh-chinh".</summary>
    public static string Slug(string text)
    {
        var words = Fold(text).Split([' ', '\t', '-', '_', '.', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)).ToArray()))
            .Where(w => w.Length > 0);
        var slug = string.Join('-', words);
        if (slug.Length > 60)
        {
            slug = slug[..60].TrimEnd('-');
        }

        return slug.Length == 0 ? "nhom" : slug;
    }

    /// <summary>The first free local part: base, base2, base3… <paramref name="isTaken"/> sees local parts.</summary>
    public static async Task<string> FirstFreeAsync(string baseLocal, Func<string, Task<bool>> isTaken)
    {
        if (!MailAddress.Reserved.Contains(baseLocal) && !await isTaken(baseLocal))
        {
            return baseLocal;
        }

        for (var n = 2; ; n++)
        {
            var candidate = baseLocal + n.ToString(CultureInfo.InvariantCulture);
            if (!await isTaken(candidate))
            {
                return candidate;
            }
        }
    }
}
