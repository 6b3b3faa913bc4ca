using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Intranet.Search.Services;

/// <summary>
/// Runs a <see cref="TypeaheadPlan"/> straight on the postings, with the ranking of <see cref="NameRankedSearch"/>:
/// (sum of matched boosts desc, name key asc, doc asc). Every clause is a constant boost, so a scorer tree (nested
/// disjunctions under a conjunction, a heap step per posting) does far more work per hit than needed: here the
/// rarest word's terms are added into a score array, and each further word only keeps the candidates it also
/// matches — by a linear pass over a postings list shorter than the candidates, else by skipping through it to each
/// candidate. "tran thi h" thus visits the postings of "thi" and "tran" once and skips through "h".
/// </summary>
public static class TermScoredSearch
{
    /// <summary>Up to this many hits in a segment are ranked by sorting them; more are walked in cached name order.</summary>
    private const int SortedUpTo = 4096;

    /// <summary>A word's postings list up to this many times the candidates is read whole rather than skipped through.</summary>
    private const int ReadWholeUpTo = 8;

    /// <summary>
    /// The best <paramref name="take"/> hits, best first, how many documents matched, and the length of the postings
    /// lists involved (what the answer cost, for a cache to decide whether to keep it).
    /// </summary>
    public static (IReadOnlyList<int> Docs, int TotalHits, long Postings) Top(IndexSearcher searcher, TypeaheadPlan plan, string nameKeyField, int take)
    {
        var candidates = new List<NameRankedSearch.Candidate>();
        var total = 0;
        var postings = 0L;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            total += TopOfSegment(leaf, plan, nameKeyField, take, candidates, ref postings);
        }

        return (NameRankedSearch.Merge(candidates, take), total, postings);
    }

    private static int TopOfSegment(AtomicReaderContext leaf, TypeaheadPlan plan, string nameKeyField, int take, List<NameRankedSearch.Candidate> candidates, ref long postings)
    {
        var reader = leaf.AtomicReader;
        var live = reader.LiveDocs;
        var enums = new Dictionary<string, TermsEnum?>(StringComparer.Ordinal);
        var words = new List<List<(DocsEnum Postings, float Boost, int DocFreq)>>(plan.Words.Count);
        foreach (var clauses in plan.Words)
        {
            var found = new List<(DocsEnum, float, int)>(clauses.Count);
            foreach (var clause in clauses)
            {
                // One terms enum per field; each clause's postings are opened where it stands (they are independent of
                // the enum afterwards), without frequencies: only membership counts.
                if (!enums.TryGetValue(clause.Term.Field, out var terms))
                {
                    enums[clause.Term.Field] = terms = reader.GetTerms(clause.Term.Field)?.GetEnumerator();
                }

                if (terms is not null && terms.SeekExact(clause.Term.Bytes))
                {
                    found.Add((terms.Docs(live, null, DocsFlags.NONE), clause.Boost, terms.DocFreq));
                    postings += terms.DocFreq;
                }
            }

            if (found.Count == 0)
            {
                return 0; // a typed word matches nothing here: neither does the query
            }

            // The longest list first: later lists of the same word mostly add to candidates already in doc order.
            found.Sort((a, b) => b.Item3.CompareTo(a.Item3));
            words.Add(found);
        }

        // The rarest word first: it bounds the candidates every other word is checked against.
        words.Sort((a, b) => a.Sum(c => (long)c.DocFreq).CompareTo(b.Sum(c => (long)c.DocFreq)));
        var maxDoc = reader.MaxDoc;
        var scores = ArrayPool<float>.Shared.Rent(maxDoc);
        var word = ArrayPool<float>.Shared.Rent(maxDoc);
        var docs = ArrayPool<int>.Shared.Rent(maxDoc);
        try
        {
            Array.Clear(word, 0, maxDoc);
            var count = First(words[0], scores, docs, maxDoc);
            for (var w = 1; w < words.Count && count > 0; w++)
            {
                count = Keep(words[w], scores, word, docs, count);
            }

            if (count == 0)
            {
                return 0;
            }

            Collect(leaf, scores, docs, count, nameKeyField, take, candidates);
            return count;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<float>.Shared.Return(word);
            ArrayPool<int>.Shared.Return(docs);
        }
    }

    /// <summary>The first word's hits into <paramref name="docs"/> (ascending) with their scores; returns how many.</summary>
    private static int First(List<(DocsEnum Postings, float Boost, int DocFreq)> clauses, float[] scores, int[] docs, int maxDoc)
    {
        Array.Clear(scores, 0, maxDoc);
        var count = 0;
        var sorted = true;
        foreach (var (postings, boost, _) in clauses)
        {
            int doc;
            while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (scores[doc] == 0)
                {
                    sorted &= count == 0 || docs[count - 1] < doc;
                    docs[count++] = doc;
                }

                scores[doc] += boost;
            }
        }

        if (!sorted)
        {
            Array.Sort(docs, 0, count);
        }

        return count;
    }

    /// <summary>Keeps the candidates this word also matches, adding its score; returns how many remain (still ascending).</summary>
    private static int Keep(List<(DocsEnum Postings, float Boost, int DocFreq)> clauses, float[] scores, float[] word, int[] docs, int count)
    {
        foreach (var (postings, boost, docFreq) in clauses)
        {
            int doc;
            if (docFreq <= count * ReadWholeUpTo)
            {
                // A list not much longer than the candidates: reading it whole (a few ns a posting) beats skipping to
                // each candidate (tens of ns an Advance). A candidate is exactly a document with a score so far.
                while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (scores[doc] != 0)
                    {
                        word[doc] += boost;
                    }
                }
            }
            else
            {
                // A long list ("nguyen" against the few "tran thi h" candidates): skip through it to each candidate.
                doc = -1;
                for (var i = 0; i < count; i++)
                {
                    var candidate = docs[i];
                    if (doc < candidate)
                    {
                        doc = postings.Advance(candidate);
                        if (doc == DocIdSetIterator.NO_MORE_DOCS)
                        {
                            break;
                        }
                    }

                    if (doc == candidate)
                    {
                        word[candidate] += boost;
                    }
                }
            }
        }

        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var candidate = docs[i];
            if (word[candidate] != 0)
            {
                scores[candidate] += word[candidate];
                word[candidate] = 0;
                docs[kept++] = candidate;
            }
            else
            {
                scores[candidate] = 0;
            }
        }

        return kept;
    }

    private static void Collect(AtomicReaderContext leaf, float[] scores, int[] docs, int count, string nameKeyField, int take, List<NameRankedSearch.Candidate> candidates)
    {
        var best = 0f;
        for (var i = 0; i < count; i++)
        {
            scores[docs[i]] = NameRankedSearch.Quantize(scores[docs[i]]);
            best = Math.Max(best, scores[docs[i]]);
        }

        if (count > SortedUpTo)
        {
            NameRankedSearch.CollectInNameOrder(leaf, scores, best, nameKeyField, take, candidates);
            return;
        }

        // Few hits: rank them by (score desc, name ordinal asc, doc asc) directly; a missing name sorts first.
        var names = leaf.AtomicReader.GetSortedDocValues(nameKeyField);
        var ranked = new (float Score, int Ord, int Doc)[count];
        for (var i = 0; i < count; i++)
        {
            var d = docs[i];
            ranked[i] = (scores[d], names?.GetOrd(d) ?? -1, d);
        }

        Array.Sort(ranked, static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : a.Ord != b.Ord ? a.Ord.CompareTo(b.Ord) : a.Doc.CompareTo(b.Doc);
        });
        for (var i = 0; i < Math.Min(take, count); i++)
        {
            candidates.Add(NameRankedSearch.Candidate.Of(names, leaf, ranked[i].Score, ranked[i].Doc));
        }
    }
}
