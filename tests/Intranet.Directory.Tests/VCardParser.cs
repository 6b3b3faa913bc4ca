using System.Text;

namespace Intranet.StaffDirectory.Tests;

/// <summary>
/// An independent reader of vCard 4.0 text for the tests (RFC 6350 §3: CRLF lines, unfolding, params, escapes), so
/// that what the writer produces is checked by parsing it rather than by comparing strings.
/// </summary>
public static class VCardParser
{
    public sealed record Property(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);

    public sealed record Card(IReadOnlyList<Property> Properties)
    {
        public string? Get(string name) => Properties.FirstOrDefault(p => p.Name == name)?.Value;
    }

    public static List<Card> Parse(string text)
    {
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal); // CRLF only
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
        var cards = new List<Card>();
        List<Property>? current = null;
        foreach (var line in unfolded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = ColonOutsideQuotes(line);
            Assert.True(colon > 0, $"No ':' in line '{line}'");
            var head = line[..colon].Split(';');
            var name = head[0].ToUpperInvariant();
            var parameters = head.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0].ToUpperInvariant(), p => p.Length > 1 ? p[1] : "");
            var value = line[(colon + 1)..];
            if (name == "BEGIN")
            {
                Assert.Equal("VCARD", value, ignoreCase: true);
                current = [];
                continue;
            }

            Assert.NotNull(current);
            if (name == "END")
            {
                cards.Add(new Card(current));
                current = null;
                continue;
            }

            current.Add(new Property(name, parameters, name is "N" or "ORG" ? value : Unescape(value)));
        }

        Assert.Null(current);
        foreach (var card in cards)
        {
            Assert.Equal("4.0", card.Get("VERSION"));
            Assert.False(string.IsNullOrEmpty(card.Get("FN")));
        }

        return cards;
    }

    /// <summary>Splits a structured value (N, ORG) on unescaped ';' and unescapes each part.</summary>
    public static List<string> Components(string value)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                current.Append(value[i]).Append(value[i + 1]);
                i++;
            }
            else if (value[i] == ';')
            {
                parts.Add(Unescape(current.ToString()));
                current.Clear();
            }
            else
            {
                current.Append(value[i]);
            }
        }

        parts.Add(Unescape(current.ToString()));
        return parts;
    }

    public static string Unescape(string value)
    {
        var result = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var next = value[++i];
                result.Append(next is 'n' or 'N' ? '\n' : next);
            }
            else
            {
                result.Append(value[i]);
            }
        }

        return result.ToString();
    }

    private static int ColonOutsideQuotes(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }
}
