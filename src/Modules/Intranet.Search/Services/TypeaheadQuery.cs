using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Intranet.Search.Services;

/// <summary>
/// Builds typeahead queries in code (parsing costs more than searching, Examine#412): every typed word must match,
/// in any order, as a prefix of a word in one of the fields. Exact-diacritic and whole-word matches score higher,
/// so "Hà" lists Hà before Hạ and "an" lists An before Anh. The fuzzy variant forgives one typo per word.
/// </summary>
public static class TypeaheadQuery
{
    private const float ExactWordBoost = 8f;
    private const float FoldedWordBoost = 4f;
    private const float ExactPrefixBoost = 2f;
    private const float FoldedPrefixBoost = 1f;

    /// <summary>Null when the text holds no word.</summary>
    public static Query? Build(string? text, IReadOnlyList<SearchField> fields, bool fuzzy = false)
    {
        var tokens = VietnameseText.Tokens(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var token in tokens)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var field in fields)
            {
                foreach (var clause in Clauses(field, token, fuzzy))
                {
                    any.Add(new ConstantScoreQuery(clause.Query) { Boost = clause.Boost }, Occur.SHOULD);
                }
            }

            query.Add(any, Occur.MUST);
        }

        return query;
    }

    /// <summary>
    /// The same query as <see cref="Build"/> (without the typo clause) as plain terms with their boosts, one list per
    /// typed word, for <see cref="TermScoredSearch"/>; null when a word needs an expansion (a field without indexed
    /// prefixes, or a word longer than the indexed prefixes) or the text holds no word.
    /// </summary>
    public static TypeaheadPlan? Plan(string? text, IReadOnlyList<SearchField> fields)
    {
        var tokens = VietnameseText.Tokens(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var words = new List<IReadOnlyList<TermClause>>(tokens.Count);
        foreach (var token in tokens)
        {
            var clauses = new List<TermClause>();
            foreach (var field in fields)
            {
                foreach (var clause in Clauses(field, token, fuzzy: false))
                {
                    if (clause.Term is not { } term)
                    {
                        return null;
                    }

                    clauses.Add(new TermClause(term, clause.Boost));
                }
            }

            words.Add(clauses);
        }

        return new TypeaheadPlan(words);
    }

    private static IEnumerable<(Query Query, Term? Term, float Boost)> Clauses(SearchField field, QueryToken token, bool fuzzy)
    {
        // Constant scores: the rank depends on how a word matched, not on term statistics that differ per tenant.
        yield return Prefix(field, token.Folded, FoldedPrefixBoost * field.Weight);
        if (token.HasDiacritics)
        {
            yield return Exact(field.Name, token.Folded, FoldedWordBoost * field.Weight);
            yield return Exact(field.Name, token.Original, ExactWordBoost * field.Weight);
            yield return Prefix(field, token.Original, ExactPrefixBoost * field.Weight);
        }
        else
        {
            // Typed without marks, the word is its own folded form: one term query scores a whole-word match as the
            // folded and the exact clause together would (a whole word still outranks a longer word it prefixes),
            // and the index is walked once instead of twice for the commonest kind of query.
            yield return Exact(field.Name, token.Folded, 2 * FoldedWordBoost * field.Weight);
        }

        if (fuzzy && token.Folded.Length >= 4)
        {
            // One typo, the first letter kept: far fewer terms to expand, and people rarely mistype the first letter.
            // Scored as a constant anyway: a bit set of the few terms one edit away walks their postings once instead
            // of merging them hit by hit ("nguyn" reaches both "nguyen" and "nguyễn", each on 40 % of the province).
            var typo = new FuzzyQuery(new Term(field.Name, token.Folded), maxEdits: 1, prefixLength: 1)
            {
                MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE,
            };
            yield return (typo, null, 0.5f * field.Weight);
        }
    }

    private static (Query, Term?, float) Exact(string field, string word, float boost)
    {
        var term = new Term(field, word);
        return (new TermQuery(term), term, boost);
    }

    /// <summary>A word starting with the prefix: one term of the prefix field when the index has it, else an expansion.</summary>
    private static (Query, Term?, float) Prefix(SearchField field, string prefix, float boost)
    {
        if (field.PrefixField is { } prefixField && prefix.Length <= WordPrefixes.MaxLength)
        {
            var term = new Term(prefixField, prefix);
            return (new TermQuery(term), term, boost);
        }

        return (new PrefixQuery(new Term(field.Name, prefix)), null, boost);
    }
}
