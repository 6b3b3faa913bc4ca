using Intranet.Core.Data;
using Intranet.Search.Services;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intranet.Search.Tests;

/// <summary>A real index manager on a fresh temporary App_Data folder, and helpers to index and search names.</summary>
public sealed class TestIndexes : IDisposable
{
    public static readonly SearchField[] NameField = [new("name")];

    /// <summary>The same field searched through its indexed word prefixes instead of prefix expansion.</summary>
    public static readonly SearchField[] PrefixedNameField = [new("name", 1f, "name_prefix")];

    public TestIndexes()
    {
        AppData = Path.Combine(Path.GetTempPath(), "intranet-search-tests", Guid.NewGuid().ToString("N"));
        var paths = new TenantPaths(Options.Create(new DataOptions { AppDataPath = AppData }), new Env());
        Manager = new SearchIndexManager(paths, NullLogger<SearchIndexManager>.Instance);
    }

    public string AppData { get; }

    public SearchIndexManager Manager { get; }

    public static Document Person(string id, string name)
    {
        var doc = new Document
        {
            new StringField("id", id, Field.Store.YES),
            new TextField("name", name, Field.Store.YES),
            new SortedDocValuesField("name_sort", new BytesRef(VietnameseText.Fold(name))),
        };
        foreach (var prefix in WordPrefixes.Of(name))
        {
            doc.Add(new StringField("name_prefix", prefix, Field.Store.NO));
        }

        return doc;
    }

    public void Index(SearchIndexKey key, params (string Id, string Name)[] people) =>
        Manager.Write(key, w =>
        {
            foreach (var (id, name) in people)
            {
                w.UpdateDocument(new Term("id", id), Person(id, name));
            }
        });

    /// <summary>Names found for a typed text, best first (the fuzzy query only when the exact one finds nothing).</summary>
    public List<string> Typeahead(SearchIndexKey key, string text, int take = 10, IReadOnlyList<SearchField>? fields = null)
    {
        fields ??= NameField;
        var sort = new Sort(SortField.FIELD_SCORE, new SortField("name_sort", SortFieldType.STRING));
        return Manager.Search(key, searcher =>
        {
            var found = TrimmedSearch.Run(searcher, TypeaheadQuery.Build(text, fields)!, sort, take, d => d.Get("name"));
            if (found.Items.Count == 0)
            {
                found = TrimmedSearch.Run(searcher, TypeaheadQuery.Build(text, fields, fuzzy: true)!, sort, take, d => d.Get("name"));
            }

            return found.Items.ToList();
        });
    }

    public void Dispose()
    {
        Manager.Dispose();
        try
        {
            System.IO.Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class Env : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Tests";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
