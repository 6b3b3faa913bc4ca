using System.Globalization;
using System.Text;
using Intranet.Core.Text;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// How typed answers are compared: folded the way the directory folds names (lower case, no diacritics, "đ" → "d",
/// NFC or NFD alike) and with runs of spaces made one, so "Hà  Nội" matches "ha noi".
/// </summary>
public static class QuizText
{
    public static string Fold(string? text)
    {
        var decomposed = UnicodeText.Normalize(text, NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="answer"/> matches <paramref name="pattern"/>, both folded; <c>*</c> in the pattern matches any text.</summary>
    public static bool Matches(string pattern, string answer)
    {
        var p = Fold(pattern);
        var a = Fold(answer);
        if (!p.Contains('*', StringComparison.Ordinal))
        {
            return string.Equals(p, a, StringComparison.Ordinal);
        }

        var parts = p.Split('*');
        if (!a.StartsWith(parts[0], StringComparison.Ordinal) || !a.EndsWith(parts[^1], StringComparison.Ordinal) || a.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var at = parts[0].Length;
        var end = a.Length - parts[^1].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = a.IndexOf(parts[i], at, end - at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return true;
    }
}
