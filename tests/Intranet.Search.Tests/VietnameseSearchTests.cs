using System.Text;
using Intranet.Search.Services;
using Lucene.Net.Search;

namespace Intranet.Search.Tests;

/// <summary>Names typed with or without marks, composed or decomposed, in any order, as prefixes, with a typo.</summary>
public sealed class VietnameseSearchTests : IDisposable
{
    private readonly TestIndexes _indexes = new();
    private readonly SearchIndexKey _key = new("so-test", "people");

    public VietnameseSearchTests() =>
        _indexes.Index(_key,
            ("1", "Nguyễn Văn An"),
            ("2", "Đặng Thị Hồng Nhung"),
            ("3", "Trương Văn Đức"),
            ("4", "Lê Thị Hà"),
            ("5", "Phạm Thị Hạ"),
            ("6", "Nguyễn Thị Anh"),
            ("7", "Trần Quốc Toản"),
            // Decomposed (NFD), as some input methods and copy-pastes produce it.
            ("8", "Võ Thị Sáu".Normalize(NormalizationForm.FormD)));

    [Fact]
    public void A_query_without_diacritics_finds_names_with_them()
    {
        Assert.Equal(["Đặng Thị Hồng Nhung"], _indexes.Typeahead(_key, "dang nhung"));
        Assert.Equal(["Trương Văn Đức"], _indexes.Typeahead(_key, "truong duc"));
    }

    [Fact]
    public void A_name_stored_decomposed_is_found_by_plain_and_marked_queries()
    {
        Assert.Single(_indexes.Typeahead(_key, "vo thi sau"));
        Assert.Single(_indexes.Typeahead(_key, "Võ Sáu"));
    }

    [Fact]
    public void A_decomposed_query_finds_a_composed_name()
    {
        var nfd = "Đặng Hồng".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Đặng Hồng", nfd);
        Assert.Equal(["Đặng Thị Hồng Nhung"], _indexes.Typeahead(_key, nfd));
    }

    [Fact]
    public void An_exact_diacritic_match_ranks_first()
    {
        var found = _indexes.Typeahead(_key, "Hà");
        Assert.Equal(["Lê Thị Hà", "Phạm Thị Hạ"], found);
        Assert.Equal(["Phạm Thị Hạ", "Lê Thị Hà"], _indexes.Typeahead(_key, "Hạ"));
    }

    [Fact]
    public void Every_typed_word_matches_as_a_prefix_in_any_order()
    {
        Assert.Equal("Nguyễn Văn An", _indexes.Typeahead(_key, "an nguyen")[0]);
        Assert.Equal(["Nguyễn Văn An"], _indexes.Typeahead(_key, "ng v a"));
        Assert.Equal(["Trần Quốc Toản"], _indexes.Typeahead(_key, "toan tr"));
        Assert.Empty(_indexes.Typeahead(_key, "nguyen toan"));
    }

    [Fact]
    public void A_whole_word_ranks_above_a_longer_word_it_prefixes()
    {
        // "an" is all of An and the start of Anh: An first.
        Assert.Equal(["Nguyễn Văn An", "Nguyễn Thị Anh"], _indexes.Typeahead(_key, "nguyen an"));
    }

    [Fact]
    public void One_typo_is_forgiven_when_nothing_matches_exactly()
    {
        Assert.Contains("Đặng Thị Hồng Nhung", _indexes.Typeahead(_key, "nhunq"));
        Assert.Equal(2, _indexes.Typeahead(_key, "nguyn").Count);
    }

    [Theory]
    [InlineData("ng")]
    [InlineData("nguyen")]
    [InlineData("Hà")]
    [InlineData("Hạ")]
    [InlineData("ha")]
    [InlineData("an nguyen")]
    [InlineData("ng v a")]
    [InlineData("nguyen an")]
    [InlineData("dang nhung")]
    [InlineData("đặng hồ")]
    [InlineData("vo sau")]
    [InlineData("nhunq")]
    [InlineData("nguyn")]
    [InlineData("t")]
    public void Indexed_word_prefixes_find_and_rank_exactly_as_prefix_expansion(string typed)
    {
        var expanded = _indexes.Typeahead(_key, typed);
        Assert.NotEmpty(expanded);
        Assert.Equal(expanded, _indexes.Typeahead(_key, typed, fields: TestIndexes.PrefixedNameField));
    }

    [Theory]
    [InlineData("ng")]
    [InlineData("nguyen")]
    [InlineData("Hà")]
    [InlineData("Hạ")]
    [InlineData("ha")]
    [InlineData("an nguyen")]
    [InlineData("nguyen an")]
    [InlineData("thi")]
    [InlineData("t")]
    public void Name_ranked_search_returns_the_sorted_search_order_across_segments(string typed)
    {
        // A second commit makes a second segment, and a replaced document leaves a deleted one behind.
        _indexes.Index(_key, ("9", "Nguyễn Thị Hà"), ("10", "Hà Văn Thắng"), ("11", "Bùi Thị Hạnh"), ("4", "Lê Thị Hà"));
        var query = TypeaheadQuery.Build(typed, TestIndexes.PrefixedNameField)!;
        var sort = new Sort(SortField.FIELD_SCORE, new SortField("name_sort", SortFieldType.STRING));
        for (var take = 1; take <= 12; take++)
        {
            var (sorted, ranked) = _indexes.Manager.Search(_key, s =>
            {
                var expected = s.Search(query, null, take, sort, doDocScores: true, doMaxScore: false);
                var actual = NameRankedSearch.Top(s, query, "name_sort", take);
                return ((expected.ScoreDocs.Select(d => d.Doc).ToList(), expected.TotalHits), (actual.Docs.ToList(), actual.TotalHits));
            });
            Assert.NotEmpty(sorted.Item1);
            Assert.Equal(sorted.Item1, ranked.Item1);
            Assert.Equal(sorted.Item2, ranked.Item2);
        }
    }

    [Fact]
    public void Word_prefixes_hold_each_word_as_typed_and_folded()
    {
        var prefixes = WordPrefixes.Of("Lê Thị Hà".Normalize(NormalizationForm.FormD));
        Assert.Equal(["h", "ha", "hà", "l", "le", "lê", "t", "th", "thi", "thị"], prefixes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_query_of_punctuation_only_has_no_words()
    {
        Assert.Null(TypeaheadQuery.Build(" ,.; ", TestIndexes.NameField));
    }

    public void Dispose() => _indexes.Dispose();
}
