namespace Intranet.Search.Services;

/// <summary>
/// The leading letters of every word of a text, as typed and folded ("Hà" → h, hà, ha), for a prefix field. A
/// PrefixQuery on a short prefix such as "ng" expands to every word it starts and walks all their postings
/// (half the province) into a bit set before the first hit; a term of the prefix field is one postings list that a
/// conjunction can skip through.
/// </summary>
public static class WordPrefixes
{
    /// <summary>Longest prefix indexed: Vietnamese syllables have at most seven letters ("nghiêng").</summary>
    public const int MaxLength = 8;

    public static IReadOnlyCollection<string> Of(string? text)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in VietnameseText.Tokens(text, max: 32))
        {
            Add(prefixes, token.Original);
            Add(prefixes, token.Folded);
        }

        return prefixes;
    }

    private static void Add(HashSet<string> prefixes, string word)
    {
        for (var length = 1; length <= Math.Min(word.Length, MaxLength); length++)
        {
            prefixes.Add(word[..length]);
        }
    }
}
