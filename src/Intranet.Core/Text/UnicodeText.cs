using System.Text;

namespace Intranet.Core.Text;

/// <summary>
/// The one Unicode normalization every module uses. .NET's <see cref="string.Normalize(NormalizationForm)"/> throws
/// <see cref="ArgumentException"/> on lone surrogates (JSON and forms let anyone send "\ud800") and on noncharacters
/// (U+FFFE, U+FFFF, U+FDD0–U+FDEF); none of them can be a letter, so they become U+FFFD and the call never throws.
/// </summary>
public static class UnicodeText
{
    public static string Normalize(string? text, NormalizationForm form = NormalizationForm.FormC)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = HasInvalid(text) ? ReplaceInvalid(text) : text;
        try
        {
            return clean.IsNormalized(form) ? clean : clean.Normalize(form);
        }
        catch (ArgumentException)
        {
            // Any other code point the normalizer refuses: leave the text as it is rather than fail the request.
            return clean;
        }
    }

    /// <summary>True when <paramref name="text"/> holds a lone surrogate or a noncharacter (never valid in a name or an address).</summary>
    public static bool HasInvalid(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return true;
                }

                i++;
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string ReplaceInvalid(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    builder.Append('\uFFFD');
                }
                else
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(c) || IsNoncharacter(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane.</summary>
    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
