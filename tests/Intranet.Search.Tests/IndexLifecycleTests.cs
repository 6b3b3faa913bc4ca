using Intranet.Core.Tenants;
using Intranet.Search.Services;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intranet.Search.Tests;

/// <summary>The index as a rebuildable cache: writes visible at once, rebuilds, recovery from a corrupt or missing folder.</summary>
public sealed class IndexLifecycleTests : IDisposable
{
    private static readonly Tenant Department = new() { Name = "so-a", DisplayName = "Sở A", RequestUrlPrefix = "so-a", State = TenantState.Running };
    private readonly TestIndexes _indexes = new();
    private readonly SearchIndexKey _key = new("so-a", "people");

    [Fact]
    public void A_write_is_searchable_immediately_and_a_delete_leaves_at_once()
    {
        _indexes.Index(_key, ("1", "Nguyễn Văn An"));
        Assert.Single(_indexes.Typeahead(_key, "an"));

        _indexes.Manager.Write(_key, w => w.DeleteDocuments(new Term("id", "1")));
        Assert.Empty(_indexes.Typeahead(_key, "an"));
    }

    [Fact]
    public async Task A_rebuilt_index_returns_the_same_results()
    {
        var source = new ListSource(("1", "Nguyễn Văn An"), ("2", "Lê Thị Hà"), ("3", "Phạm Thị Hạ"), ("4", "Nguyễn Thị Anh"));
        var rebuilder = Rebuilder(source);
        await rebuilder.RebuildAsync(Department, "people");
        string[] queries = ["an", "nguyen", "Hà", "ha", "ng t"];
        var before = queries.Select(q => _indexes.Typeahead(_key, q)).ToList();

        var status = await rebuilder.RebuildAsync(Department, "people");

        Assert.Equal(RebuildState.Completed, status.State);
        Assert.Equal(4, status.Done);
        Assert.Equal(before, queries.Select(q => _indexes.Typeahead(_key, q)).ToList());
        Assert.Equal(4, _indexes.Manager.Count(_key));
    }

    [Fact]
    public async Task A_corrupt_index_is_recreated_and_rebuilt_from_the_source()
    {
        var source = new ListSource(("1", "Nguyễn Văn An"));
        var rebuilder = Rebuilder(source);
        await rebuilder.RebuildAsync(Department, "people");
        _indexes.Manager.Close(_key);

        // Tear every segments file, as a power cut during a commit can.
        foreach (var file in System.IO.Directory.GetFiles(_indexes.Manager.PathOf(_key), "segments*"))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        Assert.Equal(0, _indexes.Manager.Count(_key)); // opens empty at once and starts the rebuild
        await rebuilder.WaitAsync(_key);
        Assert.Equal(["Nguyễn Văn An"], _indexes.Typeahead(_key, "nguyen"));
    }

    [Fact]
    public async Task A_missing_index_is_rebuilt_when_first_opened()
    {
        var rebuilder = Rebuilder(new ListSource(("1", "Lê Thị Hà")));
        Assert.False(_indexes.Manager.Exists(_key));

        _indexes.Manager.Count(_key);
        await rebuilder.WaitAsync(_key);

        Assert.Equal(["Lê Thị Hà"], _indexes.Typeahead(_key, "le ha"));
    }

    [Fact]
    public void An_idle_index_is_closed_and_reopens_on_the_next_search()
    {
        _indexes.Index(_key, ("1", "Nguyễn Văn An"));
        Assert.Equal(1, _indexes.Manager.OpenCount);

        Assert.Equal(1, _indexes.Manager.CloseIdle(TimeSpan.Zero));
        Assert.Equal(0, _indexes.Manager.OpenCount);

        Assert.Single(_indexes.Typeahead(_key, "an"));
    }

    [Fact]
    public void A_failed_write_leaves_the_last_commit_and_the_index_usable()
    {
        _indexes.Index(_key, ("1", "Nguyễn Văn An"));

        Assert.Throws<InvalidOperationException>(() => _indexes.Manager.Write(_key, w =>
        {
            w.AddDocument(TestIndexes.Person("2", "Lê Thị Hà"));
            throw new InvalidOperationException("database went away");
        }));

        Assert.Empty(_indexes.Typeahead(_key, "ha"));
        _indexes.Index(_key, ("3", "Phạm Thị Hạ"));
        Assert.Equal(["Phạm Thị Hạ"], _indexes.Typeahead(_key, "ha"));
    }

    [Fact]
    public void Trimming_drops_hidden_hits_and_still_fills_the_page()
    {
        _indexes.Index(_key, [.. Enumerable.Range(1, 30).Select(i => (i.ToString(), $"Nguyễn Văn {(char)('A' + (i % 26))}{i}"))]);
        var sort = new Sort(SortField.FIELD_SCORE, new SortField("name_sort", SortFieldType.STRING));

        var found = _indexes.Manager.Search(_key, s => TrimmedSearch.Run(
            s, TypeaheadQuery.Build("nguyen", TestIndexes.NameField)!, sort, 10,
            d => int.Parse(d.Get("id")) % 3 == 0 ? null : d.Get("id")));

        Assert.Equal(10, found.Items.Count);
        Assert.DoesNotContain(found.Items, id => int.Parse(id) % 3 == 0);
    }

    [Theory]
    [InlineData("name:(nguyen")]
    [InlineData("\"unclosed")]
    [InlineData("salary:1000")]
    [InlineData("")]
    public void Bad_advanced_syntax_is_a_clear_error_not_a_crash(string text)
    {
        var error = Assert.Throws<SearchSyntaxException>(() => AdvancedQuery.Parse(text, "name", new HashSet<string> { "name", "unit" }));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Good_advanced_syntax_searches_the_folded_field()
    {
        _indexes.Index(_key, ("1", "Nguyễn Văn An"), ("2", "Lê Thị Hà"));
        var query = AdvancedQuery.Parse("name:nguyen OR name:Hà", "name", new HashSet<string> { "name" });
        Assert.Equal(2, _indexes.Manager.Search(_key, s => s.Search(query, 10).TotalHits));
    }

    public void Dispose() => _indexes.Dispose();

    private SearchIndexRebuilder Rebuilder(ISearchIndexSource source)
    {
        var services = new ServiceCollection().AddSingleton<ITenantRegistry>(new Registry()).BuildServiceProvider();
        return new SearchIndexRebuilder(_indexes.Manager, [source], new Accessor(), services, NullLogger<SearchIndexRebuilder>.Instance);
    }

    private sealed class ListSource : ISearchIndexSource
    {
        private readonly (string Id, string Name)[] people;

        public ListSource(params (string Id, string Name)[] items) => people = items;

        public string IndexName => "people";

        public string DisplayName => "Người";

        public IEnumerable<Tenant> TenantsFor(TenantTable table) => [Department];

        public Task RebuildAsync(Tenant tenant, IndexRebuild rebuild, CancellationToken cancellationToken)
        {
            rebuild.Total = people.Length;
            foreach (var (id, name) in people)
            {
                rebuild.Add(TestIndexes.Person(id, name));
            }

            return Task.CompletedTask;
        }
    }

    private sealed class Accessor : ITenantAccessor
    {
        private readonly AsyncLocal<Tenant?> _current = new();

        public Tenant? Current => _current.Value;

        public Tenant Required => _current.Value ?? throw new InvalidOperationException("No tenant.");

        public IDisposable Enter(Tenant tenant)
        {
            var previous = _current.Value;
            _current.Value = tenant;
            return new Exit(() => _current.Value = previous);
        }

        private sealed class Exit(Action action) : IDisposable
        {
            public void Dispose() => action();
        }
    }

    private sealed class Registry : ITenantRegistry
    {
        public TenantTable Table { get; } = new(new Tenant { Name = Tenant.DefaultName, DisplayName = "Tỉnh", State = TenantState.Running }, [Department]);

        public Task ReloadAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
