using System.Text;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// GIFT's escapes (<c>\~ \= \# \{ \} \:</c>, <c>\\</c>, <c>\n</c>): replaced by private-use characters before the
/// block is split on its special characters, and turned back into the plain characters in every text taken out.
/// </summary>
internal static class GiftEscapes
{
    private const string Specials = "~=#{}:\\";
    private const char First = '\uE000';

    public static string Protect(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= First and <= (char)(First + 7))
            {
                // A private-use character in the file could pass for an escape: it is never a letter anyone typed.
                builder.Append('\uFFFD');
            }
            else if (c == '\\' && i + 1 < text.Length && Specials.IndexOf(text[i + 1], StringComparison.Ordinal) is var k and >= 0)
            {
                builder.Append((char)(First + k));
                i++;
            }
            else if (c == '\\' && i + 1 < text.Length && text[i + 1] == 'n')
            {
                builder.Append('\n');
                i++;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The text with escapes restored to the characters they stand for, trimmed.</summary>
    public static string Restore(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= First and < (char)(First + 7) ? Specials[c - First] : c);
        }

        return builder.ToString().Trim();
    }
}
