using Intranet.Search.Services;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Intranet.Search.Tests;

/// <summary>
/// The typeahead scored on the postings returns exactly what Lucene's scorers return for the same query, ranked the
/// same way: on a province-like index of 6,000 names in three segments with replaced and deleted documents, for
/// many typed texts and page sizes (both the sorted path for few hits and the name-order walk for many).
/// </summary>
public sealed class TermScoredSearchTests : IClassFixture<TermScoredSearchTests.Province>
{
    private readonly Province _province;

    public TermScoredSearchTests(Province province) => _province = province;

    public static TheoryData<string> Typed => new()
    {
        "n", "ng", "nguyen", "Nguyễn", "nguyễn văn a", "nguyen v", "an nguyen", "ng v a", "tran thi h", "Hà", "Hạ", "ha le",
        "le h", "dang nhung", "pham minh tuan", "hoang", "vu thi", "tuan", "Hạnh", "bui", "do duc", "ho ngoc", "ngo", "linh tran",
        "quoc viet", "thu trang", "t", "thi", "văn", "h h", "a a a", "Đức", "duc", "đặng thị", "xuan thuy", "zzz", "nguyen zzz",
        "1", "nguyen nguyen", "Hồ Hồ",
    };

    [Theory]
    [MemberData(nameof(Typed))]
    public void Postings_scoring_ranks_exactly_as_the_scorers(string typed)
    {
        var plan = TypeaheadQuery.Plan(typed, TestIndexes.PrefixedNameField);
        var query = TypeaheadQuery.Build(typed, TestIndexes.PrefixedNameField);
        Assert.NotNull(plan);
        Assert.NotNull(query);
        foreach (var take in new[] { 1, 3, 8, 20, 100 })
        {
            var (expected, actual) = _province.Indexes.Manager.Search(_province.Key, s =>
                (NameRankedSearch.Top(s, query, "name_sort", take), TermScoredSearch.Top(s, plan, "name_sort", take)));
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.Docs, actual.Docs);
        }
    }

    [Theory]
    [InlineData("ng")]
    [InlineData("nguyen v")]
    [InlineData("Hà")]
    [InlineData("thi")]
    public void Both_paths_agree_with_lucenes_own_sorted_search_on_the_top_hits(string typed)
    {
        var query = TypeaheadQuery.Build(typed, TestIndexes.PrefixedNameField)!;
        var sort = new Sort(SortField.FIELD_SCORE, new SortField("name_sort", SortFieldType.STRING));
        var (sorted, actual) = _province.Indexes.Manager.Search(_province.Key, s =>
            (s.Search(query, null, 8, sort, doDocScores: true, doMaxScore: false), TermScoredSearch.Top(s, TypeaheadQuery.Plan(typed, TestIndexes.PrefixedNameField)!, "name_sort", 8)));

        Assert.Equal(sorted.TotalHits, actual.TotalHits);
        Assert.Equal(sorted.ScoreDocs.Select(d => d.Doc), actual.Docs);
    }

    [Fact]
    public void Words_longer_than_the_indexed_prefixes_or_fields_without_them_have_no_plan()
    {
        Assert.Null(TypeaheadQuery.Plan("nguyenvanan", TestIndexes.PrefixedNameField));
        Assert.Null(TypeaheadQuery.Plan("nguyen", TestIndexes.NameField));
        Assert.Null(TypeaheadQuery.Plan(" ,. ", TestIndexes.PrefixedNameField));
    }

    /// <summary>6,000 names with realistic family-name frequencies, written in three commits, some replaced, some deleted.</summary>
    public sealed class Province : IDisposable
    {
        private static readonly string[] Families = ["Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"];
        private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Xuân", "Thùy", "Hồ"];
        private static readonly string[] Givens = ["An", "Anh", "Bình", "Dũng", "Hà", "Hạ", "Hạnh", "Hùng", "Hương", "Lan", "Linh", "Nam", "Nhung", "Tuấn", "Trang", "Việt", "Đức", "Hải", "Thảo", "A"];

        public Province()
        {
            var random = new Random(7);
            for (var batch = 0; batch < 3; batch++)
            {
                var people = new List<(string, string)>();
                for (var i = 0; i < 2000; i++)
                {
                    var name = $"{Families[random.Next(Families.Length)]} {Middles[random.Next(Middles.Length)]} {Givens[random.Next(Givens.Length)]}";
                    if (random.Next(5) == 0)
                    {
                        name = name.Replace(" ", " " + Middles[random.Next(Middles.Length)] + " ", StringComparison.Ordinal);
                    }

                    people.Add(((batch * 2000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), name));
                }

                if (batch > 0)
                {
                    // Replace some people of the first segment (deleted documents stay behind in it).
                    people.AddRange(Enumerable.Range(0, 50).Select(i => ((i * 7).ToString(System.Globalization.CultureInfo.InvariantCulture), "Nguyễn Văn A " + batch)));
                }

                Indexes.Index(Key, [.. people]);
            }

            Indexes.Manager.Write(Key, w => w.DeleteDocuments(new Term("id", "1001"), new Term("id", "2002"), new Term("id", "5999")));
            Assert.True(Indexes.Manager.Search(Key, s => s.IndexReader.Leaves.Count) >= 2);
        }

        public TestIndexes Indexes { get; } = new();

        public SearchIndexKey Key { get; } = new("tinh", "people");

        public void Dispose() => Indexes.Dispose();
    }
}
