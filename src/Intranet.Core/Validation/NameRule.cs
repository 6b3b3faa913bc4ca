using System.Globalization;
using System.Text;

namespace Intranet.Core.Validation;

/// <summary>
/// The one rule for names and short texts people type (account full names, unit and tenant names, display names,
/// descriptions, titles): no control characters (C0, DEL, C1; in a multi-line text only line breaks and tabs),
/// no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069, which let "gpj.exe" read as "exe.jpg"),
/// no invisible format characters other than the joiners Vietnamese and other scripts need, and no unpaired
/// surrogates. Used by the [Name] attribute (API and forms) and by services (recipes, imports, the command line).
/// </summary>
public static class NameRule
{
    /// <summary>The first character the rule refuses, or null when <paramref name="value"/> is acceptable (null and empty are: "required" is another rule).</summary>
    public static Rune? FirstInvalid(string? value, bool multiline = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return Rune.ReplacementChar;
            }

            if (IsRefused(rune, multiline))
            {
                return rune;
            }

            i += consumed - 1;
        }

        return null;
    }

    public static bool IsValid(string? value, bool multiline = false) => FirstInvalid(value, multiline) is null;

    /// <summary>A Vietnamese message naming the field and the refused character (as U+XXXX, never the character itself), or null.</summary>
    public static string? Check(string? value, string fieldLabel, bool multiline = false) =>
        FirstInvalid(value, multiline) is { } rune
            ? $"{fieldLabel} chứa ký tự không được phép (U+{rune.Value:X4}): không dùng ký tự điều khiển, xuống dòng, ký tự đảo chiều văn bản hay ký tự vô hình."
            : null;

    private static bool IsRefused(Rune rune, bool multiline)
    {
        var value = rune.Value;
        if (multiline && value is '\n' or '\r' or '\t')
        {
            return false;
        }

        if (value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x061C or 0x200E or 0x200F)
        {
            return true; // bidi embeddings, overrides, isolates and marks
        }

        if (value is 0x200C or 0x200D)
        {
            return false; // zero-width (non-)joiner: part of correct spelling in several scripts, and emoji sequences
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => true, // C0, DEL, C1
            UnicodeCategory.Format => true, // zero-width space, word joiner, BOM, soft hyphen, tag characters…
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
            _ => false,
        };
    }
}
