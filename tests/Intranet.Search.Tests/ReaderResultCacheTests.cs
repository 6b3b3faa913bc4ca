using Intranet.Search.Services;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Intranet.Search.Tests;

/// <summary>Cached answers live exactly as long as the reader they were computed from is the newest one.</summary>
public sealed class ReaderResultCacheTests : IDisposable
{
    private readonly TestIndexes _indexes = new();
    private readonly SearchIndexKey _key = new("so-a", "people");
    private readonly ReaderResultCache<List<string>> _cache = new();

    public ReaderResultCacheTests() =>
        _indexes.Index(_key, ("1", "Nguyễn Văn An"), ("2", "Nguyễn Thị Anh"), ("3", "Lê Thị Hà"));

    [Fact]
    public void The_same_reader_answers_from_the_cache_and_a_write_drops_the_answer_at_once()
    {
        Assert.Equal(["Nguyễn Thị Anh", "Nguyễn Văn An"], Cached("nguyen"));
        Assert.Equal(["Nguyễn Thị Anh", "Nguyễn Văn An"], Cached("nguyen"));
        Assert.Equal(1, _cache.Hits);

        // A person disabled: the write refreshes the reader, and the next answer no longer holds them.
        _indexes.Manager.Write(_key, w => w.DeleteDocuments(new Term("id", "2")));

        Assert.Equal(["Nguyễn Văn An"], Cached("nguyen"));
        Assert.Equal(1, _cache.Hits);
        Assert.Equal(1, _cache.Count);
    }

    [Fact]
    public void An_answer_the_caller_does_not_keep_is_computed_every_time()
    {
        _indexes.Manager.Search(_key, s => _cache.GetOrAdd(s.IndexReader, "ha", () => Names(s, "ha"), _ => false));
        _indexes.Manager.Search(_key, s => _cache.GetOrAdd(s.IndexReader, "ha", () => Names(s, "ha"), _ => false));

        Assert.Equal(0, _cache.Hits);
        Assert.Equal(2, _cache.Misses);
        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public void A_search_still_holding_an_older_reader_never_replaces_the_newer_answers()
    {
        var oldReader = _indexes.Manager.Search(_key, s =>
        {
            s.IndexReader.IncRef(); // a search that started before the write and is still running
            return s.IndexReader;
        });
        try
        {
            _indexes.Manager.Write(_key, w => w.DeleteDocuments(new Term("id", "2")));
            Assert.Equal(["Nguyễn Văn An"], Cached("nguyen"));

            var stale = _cache.GetOrAdd(oldReader, "nguyen", () => ["stale"], _ => true);

            Assert.Equal(["stale"], stale); // the old search gets its own snapshot's answer…
            Assert.Equal(["Nguyễn Văn An"], Cached("nguyen")); // …and the newer snapshot's answer stays cached
            Assert.Equal(1, _cache.Hits);
        }
        finally
        {
            oldReader.DecRef();
        }
    }

    [Fact]
    public void A_reopened_index_starts_a_new_generation()
    {
        Assert.Equal(["Lê Thị Hà"], Cached("ha"));
        _indexes.Manager.Close(_key);

        Assert.Equal(["Lê Thị Hà"], Cached("ha"));

        Assert.Equal(0, _cache.Hits);
        Assert.Equal(1, _cache.Count);
    }

    public void Dispose() => _indexes.Dispose();

    private List<string> Cached(string text) =>
        _indexes.Manager.Search(_key, s => _cache.GetOrAdd(s.IndexReader, text, () => Names(s, text), _ => true));

    private static List<string> Names(IndexSearcher searcher, string text)
    {
        var sort = new Sort(SortField.FIELD_SCORE, new SortField("name_sort", SortFieldType.STRING));
        return [.. TrimmedSearch.Run(searcher, TypeaheadQuery.Build(text, TestIndexes.PrefixedNameField)!, sort, 10, d => d.Get("name")).Items];
    }
}
