using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Intranet.Search.Services;

/// <summary>One typed word of a query: as typed (lower case, NFC) and folded to ASCII.</summary>
public sealed record QueryToken(string Original, string Folded)
{
    public bool HasDiacritics => !string.Equals(Original, Folded, StringComparison.Ordinal);
}

/// <summary>Splits and folds text exactly as <see cref="VietnameseAnalyzer"/> does, for building queries in code.</summary>
public static class VietnameseText
{
    /// <summary>NFC; lone surrogates and noncharacters (which make NFC throw) become U+FFFD.</summary>
    public static string Normalize(string? text) => Intranet.Core.Text.UnicodeText.Normalize(text);

    /// <summary>Lower case, NFC, then ASCII-folded ("Đặng" → "dang").</summary>
    public static string Fold(string? text)
    {
        var lower = Normalize(text).ToLowerInvariant();
        var input = lower.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    /// <summary>The words of a query, at most <paramref name="max"/> of them (a typeahead box never needs more).</summary>
    public static IReadOnlyList<QueryToken> Tokens(string? text, int max = 8)
    {
        var tokens = new List<QueryToken>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        using var tokenizer = new StandardTokenizer(VietnameseAnalyzer.Version, new StringReader(Normalize(text)));
        using var stream = new LowerCaseFilter(VietnameseAnalyzer.Version, tokenizer);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (tokens.Count < max && stream.IncrementToken())
        {
            var original = term.ToString();
            tokens.Add(new QueryToken(original, Fold(original)));
        }

        stream.End();
        return tokens;
    }
}
