using System.Security.Cryptography;
using System.Text;

namespace Intranet.Learning.Services.Certs;

/// <summary>
/// Certificate serials: twelve characters drawn at random from Crockford's base 32 (no I, L, O, U, so nothing reads
/// as another character), in groups of four ("7K3M-9QXH-R2TD"): 60 random bits, so a serial cannot be guessed
/// from another one and trying serials at random finds nothing. Typed input is forgiven the usual mistakes (lower
/// case, spaces, O for 0, I/L for 1).
/// </summary>
public static class CertificateSerials
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Groups = 3;
    private const int GroupLength = 4;

    public static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, Groups * GroupLength);
        return Format(chars);
    }

    /// <summary>The canonical serial for what a person typed or a link carried, or null when it cannot be one.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return null;
        }

        var chars = new List<char>(Groups * GroupLength);
        foreach (var raw in input)
        {
            if (raw is '-' or ' ')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }

            chars.Add(c);
        }

        return chars.Count == Groups * GroupLength ? Format(chars.ToArray()) : null;
    }

    private static string Format(char[] chars)
    {
        var text = new StringBuilder(Groups * (GroupLength + 1));
        for (var i = 0; i < chars.Length; i++)
        {
            if (i > 0 && i % GroupLength == 0)
            {
                text.Append('-');
            }

            text.Append(chars[i]);
        }

        return text.ToString();
    }
}
