using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace Intranet.Search.Services;

/// <summary>A page of results after the reader's permissions were applied.</summary>
public sealed record SearchResults<T>(IReadOnlyList<T> Items, int TotalHits);

/// <summary>
/// Runs a query and passes each hit through the caller's trimming function (permissions: drop a hit, or blank the
/// fields the reader may not see) before anything leaves the search layer. Pages on until <c>take</c> results
/// survive, so trimming never returns a short page while more visible hits exist.
/// </summary>
public static class TrimmedSearch
{
    private const int MaxPages = 8;

    public static SearchResults<T> Run<T>(IndexSearcher searcher, Query query, Sort sort, int take, Func<Document, T?> trim)
        where T : class
    {
        var items = new List<T>(take);
        var pageSize = Math.Max(take * 2, 10);
        ScoreDoc? after = null;
        var total = 0;
        for (var page = 0; page < MaxPages && items.Count < take; page++)
        {
            var hits = after is null
                ? searcher.Search(query, null, pageSize, sort, doDocScores: true, doMaxScore: false)
                : searcher.SearchAfter(after, query, null, pageSize, sort, doDocScores: true, doMaxScore: false);
            total = hits.TotalHits;
            foreach (var hit in hits.ScoreDocs)
            {
                if (trim(searcher.Doc(hit.Doc)) is { } item)
                {
                    items.Add(item);
                    if (items.Count == take)
                    {
                        break;
                    }
                }
            }

            if (hits.ScoreDocs.Length < pageSize)
            {
                break;
            }

            after = hits.ScoreDocs[^1];
        }

        return new SearchResults<T>(items, total);
    }
}
