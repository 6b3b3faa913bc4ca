using System.Buffers;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Intranet.Search.Services;

/// <summary>
/// Top hits by (score desc, name key asc, doc asc) — what <c>Sort(FIELD_SCORE, SortField(nameKey, STRING))</c> returns —
/// without comparing names hit by hit. A typeahead prefix such as "ng" matches half the province with one or two
/// distinct scores, so a sorting collector spends its time reading and comparing name ordinals for 100,000 ties.
/// Here the scorer only writes each hit's score into a pooled array, then each segment's documents are walked in name
/// order (a permutation built once per segment from its sorted doc values and cached with the segment) and the walk
/// stops as soon as <c>take</c> hits carry the best score present: later names can only lose.
/// </summary>
public static class NameRankedSearch
{
    private static readonly ConditionalWeakTable<object, NameOrder> Orders = new();

    /// <summary>The best <paramref name="take"/> hits, best first, and how many documents matched.</summary>
    public static (IReadOnlyList<int> Docs, int TotalHits) Top(IndexSearcher searcher, Query query, string nameKeyField, int take)
    {
        // What IndexSearcher.CreateNormalizedWeight does, keeping the query norm: every score is a sum of constant
        // boosts times that norm, and dividing it out again (to 1/64) makes equal sums equal however the scorer
        // happened to add them up, as TermScoredSearch computes them.
        var weight = searcher.Rewrite(query).CreateWeight(searcher);
        var norm = searcher.Similarity.QueryNorm(weight.GetValueForNormalization());
        if (float.IsInfinity(norm) || float.IsNaN(norm) || norm == 0)
        {
            norm = 1f;
        }

        weight.Normalize(norm, 1f);
        var candidates = new List<Candidate>();
        var total = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            total += TopOfSegment(leaf, weight, norm, nameKeyField, take, candidates);
        }

        return (Merge(candidates, take), total);
    }

    /// <summary>The best of every segment's best, in rank order.</summary>
    internal static int[] Merge(List<Candidate> candidates, int take)
    {
        candidates.Sort();
        var docs = new int[Math.Min(take, candidates.Count)];
        for (var i = 0; i < docs.Length; i++)
        {
            docs[i] = candidates[i].Doc;
        }

        return docs;
    }

    /// <summary>A sum of boosts as a multiple of 1/64 (boosts are multiples of 1/8 times field weights of 1/2 or more).</summary>
    internal static float Quantize(float boostSum) => MathF.Round(boostSum * 64f) / 64f;

    private static int TopOfSegment(AtomicReaderContext leaf, Weight weight, float norm, string nameKeyField, int take, List<Candidate> candidates)
    {
        var reader = leaf.AtomicReader;
        if (weight.GetScorer(leaf, reader.LiveDocs) is not { } scorer)
        {
            return 0;
        }

        var maxDoc = reader.MaxDoc;
        var scores = ArrayPool<float>.Shared.Rent(maxDoc);
        try
        {
            Array.Clear(scores, 0, maxDoc);
            var hits = 0;
            var best = 0f;
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                // Typeahead scores are sums of positive constant boosts: zero marks "no hit".
                var score = Math.Max(Quantize(scorer.GetScore() / norm), float.Epsilon);
                scores[doc] = score;
                best = Math.Max(best, score);
                hits++;
            }

            if (hits > 0)
            {
                CollectInNameOrder(leaf, scores, best, nameKeyField, take, candidates);
            }

            return hits;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>
    /// Adds a segment's best <paramref name="take"/> hits to <paramref name="candidates"/>: <paramref name="scores"/>
    /// holds each hit's score by segment doc (zero for no hit), <paramref name="best"/> the highest. Walks the segment
    /// in name order and stops once <c>take</c> hits carry the best score.
    /// </summary>
    internal static void CollectInNameOrder(AtomicReaderContext leaf, float[] scores, float best, string nameKeyField, int take, List<Candidate> candidates)
    {
        var reader = leaf.AtomicReader;
        var names = reader.GetSortedDocValues(nameKeyField);
        var order = Orders.GetValue(reader.CoreCacheKey, _ => NameOrder.Build(names, reader.MaxDoc)).Docs;
        var top = new List<(float Score, int Doc)>(take + 1);
        foreach (var d in order)
        {
            var score = scores[d];
            if (score == 0 || (top.Count == take && score <= top[^1].Score))
            {
                continue;
            }

            // Walked in name order: an equal score goes after the ones already kept.
            var at = top.Count;
            while (at > 0 && top[at - 1].Score < score)
            {
                at--;
            }

            top.Insert(at, (score, d));
            if (top.Count > take)
            {
                top.RemoveAt(take);
            }

            if (top.Count == take && top[^1].Score >= best)
            {
                break;
            }
        }

        foreach (var (score, d) in top)
        {
            candidates.Add(Candidate.Of(names, leaf, score, d));
        }
    }

    /// <summary>A segment's hit, comparable across segments by (score desc, name key asc, index doc asc).</summary>
    internal readonly record struct Candidate(float Score, BytesRef Name, int Doc) : IComparable<Candidate>
    {
        public static Candidate Of(SortedDocValues? names, AtomicReaderContext leaf, float score, int segmentDoc)
        {
            var key = new BytesRef();
            if (names is not null && names.GetOrd(segmentDoc) is var ord && ord >= 0)
            {
                names.LookupOrd(ord, key);
            }

            return new Candidate(score, key, leaf.DocBase + segmentDoc);
        }

        public int CompareTo(Candidate other)
        {
            var byScore = other.Score.CompareTo(Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byName = Name.CompareTo(other.Name);
            return byName != 0 ? byName : Doc.CompareTo(other.Doc);
        }
    }

    /// <summary>A segment's documents sorted by name ordinal (stable, so equal names keep doc order); missing names first.</summary>
    private sealed class NameOrder
    {
        private NameOrder(int[] docs) => Docs = docs;

        public int[] Docs { get; }

        public static NameOrder Build(SortedDocValues? names, int maxDoc)
        {
            var docs = new int[maxDoc];
            if (names is null)
            {
                for (var d = 0; d < maxDoc; d++)
                {
                    docs[d] = d;
                }

                return new NameOrder(docs);
            }

            // Counting sort on ordinal + 1 (a missing name is ordinal -1).
            var starts = new int[names.ValueCount + 2];
            for (var d = 0; d < maxDoc; d++)
            {
                starts[names.GetOrd(d) + 2]++;
            }

            for (var i = 1; i < starts.Length; i++)
            {
                starts[i] += starts[i - 1];
            }

            for (var d = 0; d < maxDoc; d++)
            {
                docs[starts[names.GetOrd(d) + 1]++] = d;
            }

            return new NameOrder(docs);
        }
    }
}
