using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Models;
using Intranet.Search.Services;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// The province-wide directory: one index at the host holding every department's listed people. It is a cache of
/// the departments' databases (rebuilt from them by <see cref="DirectoryIndexSource"/>); people who left or whose
/// account is disabled are not in it at all, and Hidden fields are never written to it.
/// </summary>
public sealed class ProvinceIndex
{
    public const string IndexName = "directory";

    /// <summary>The typeahead matches names only: it is the header box, and one field keeps p99 low at 200,000 people.</summary>
    public static readonly SearchField[] TypeaheadFields = [new(Fields.Name, 1f, Fields.NamePrefix)];

    /// <summary>The results page also matches the unit and (when public) the position, with less weight.</summary>
    public static readonly SearchField[] ResultFields = [new(Fields.Name, 4f, Fields.NamePrefix), new(Fields.Unit, 0.5f), new(Fields.PositionText, 0.5f)];

    /// <summary>Fields an advanced query may name.</summary>
    public static readonly IReadOnlySet<string> AdvancedFields = new HashSet<string>(StringComparer.Ordinal) { Fields.Name, Fields.Unit, Fields.PositionText, Fields.Tenant };

    private static readonly Sort ByRank = new(SortField.FIELD_SCORE, new SortField(Fields.NameSort, SortFieldType.STRING));

    /// <summary>
    /// Answers matching at least this many people are kept until the next index change: the common prefixes ("ng",
    /// "nguyen", "tran thi") are both what most people type first and what costs the scorer most (every hit is
    /// visited); rarer texts are cheap to compute and too many to keep.
    /// </summary>
    public const int CachedFromHits = 1000;

    /// <summary>
    /// …and so are answers whose words' postings lists add up to at least this many entries, however few people they
    /// match: "nguyễn văn a" matches a few hundred but checks them against 300,000 entries of "nguyễn"/"nguyen".
    /// </summary>
    public const long CachedFromPostings = 100_000;

    private readonly SearchIndexManager _indexes;
    private readonly ReaderResultCache<SearchResults<IndexedPerson>> _typeaheadCache = new();

    public ProvinceIndex(SearchIndexManager indexes) => _indexes = indexes;

    /// <summary>The typeahead's answers kept for the current reader (see <see cref="CachedFromHits"/>).</summary>
    public ReaderResultCache<SearchResults<IndexedPerson>> TypeaheadCache => _typeaheadCache;

    public static SearchIndexKey Key { get; } = new(Tenant.DefaultName, IndexName);

    public static string DocumentId(string tenantName, int personId) => tenantName + "/" + personId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The index document of a listed person; null for one who must not be found.</summary>
    public static Document? ToDocument(Tenant tenant, Person person, string? unitName)
    {
        if (!person.IsListed)
        {
            return null;
        }

        var doc = new Document
        {
            new StringField(Fields.Id, DocumentId(tenant.Name, person.Id), Field.Store.YES),
            new StringField(Fields.Tenant, tenant.Name, Field.Store.YES),
            new StoredField(Fields.TenantDisplay, tenant.DisplayName),
            new StoredField(Fields.Person, person.Id),
            new TextField(Fields.Name, person.FullName, Field.Store.YES),
            new SortedDocValuesField(Fields.NameSort, new BytesRef(VietnameseText.Fold(person.FullName))),
        };
        foreach (var prefix in WordPrefixes.Of(person.FullName))
        {
            doc.Add(new StringField(Fields.NamePrefix, prefix, Field.Store.NO));
        }

        if (person.UnitId is not null)
        {
            doc.Add(new StringField(Fields.UnitId, person.UnitId, Field.Store.YES));
            doc.Add(new TextField(Fields.Unit, unitName ?? person.UnitId, Field.Store.YES));
        }

        if (person.AccountId is { Length: > 0 } account)
        {
            doc.Add(new StringField(Fields.Account, account, Field.Store.NO));
        }

        if (person.Email is { Length: > 0 } email)
        {
            doc.Add(new StringField(Fields.EmailKey, email.ToLowerInvariant(), Field.Store.NO));
        }

        AddVisible(doc, Fields.Position, person.Position?.Name, person.PositionVisibility);
        if (person.Position is not null && person.PositionVisibility == FieldVisibility.Province)
        {
            doc.Add(new TextField(Fields.PositionText, person.Position.Name, Field.Store.NO));
        }

        AddVisible(doc, Fields.Email, person.Email, person.EmailVisibility);
        AddVisible(doc, Fields.OfficePhone, person.OfficePhone, person.OfficePhoneVisibility);
        AddVisible(doc, Fields.Mobile, person.Mobile, person.MobileVisibility);
        AddVisible(doc, Fields.Room, person.Room, person.RoomVisibility);
        if (person.PhotoContentType is not null)
        {
            AddVisible(doc, Fields.Photo, person.PhotoVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), person.PhotoVisibility);
        }

        return doc;
    }

    /// <summary>Writes (or removes, when no longer listed) the given people of one department.</summary>
    public void Update(Tenant tenant, IEnumerable<(Person Person, string? UnitName)> people) =>
        _indexes.Write(Key, writer =>
        {
            foreach (var (person, unitName) in people)
            {
                var id = new Term(Fields.Id, DocumentId(tenant.Name, person.Id));
                if (ToDocument(tenant, person, unitName) is { } doc)
                {
                    writer.UpdateDocument(id, doc);
                }
                else
                {
                    writer.DeleteDocuments(id);
                }
            }
        });

    public void Remove(string tenantName, IEnumerable<int> personIds) =>
        _indexes.Write(Key, writer =>
        {
            foreach (var id in personIds)
            {
                writer.DeleteDocuments(new Term(Fields.Id, DocumentId(tenantName, id)));
            }
        });

    /// <summary>Drops every document of an account (it was disabled): it leaves every result at once, in every department.</summary>
    public void RemoveAccount(string? accountId, string? email) =>
        _indexes.Write(Key, writer =>
        {
            if (!string.IsNullOrEmpty(accountId))
            {
                writer.DeleteDocuments(new Term(Fields.Account, accountId));
            }

            if (!string.IsNullOrEmpty(email))
            {
                writer.DeleteDocuments(new Term(Fields.EmailKey, email.ToLowerInvariant()));
            }
        });

    /// <summary>Replaces a department's documents with the given people (after an import, or a tenant removed: none).</summary>
    public void ReplaceTenant(Tenant tenant, IEnumerable<(Person Person, string? UnitName)> people) =>
        _indexes.Write(Key, writer =>
        {
            writer.DeleteDocuments(new Term(Fields.Tenant, tenant.Name));
            foreach (var (person, unitName) in people)
            {
                if (ToDocument(tenant, person, unitName) is { } doc)
                {
                    writer.AddDocument(doc);
                }
            }
        });

    /// <summary>Runs a query; hits come back untrimmed, best first, for the caller to trim with the reader's memberships.</summary>
    public SearchResults<IndexedPerson> Search(Query query, int take) =>
        _indexes.Search(Key, searcher => TrimmedSearch.Run(searcher, query, ByRank, take, Read));

    /// <summary>
    /// Typeahead: every word a prefix of a name word, in any order; one typo forgiven when nothing matches exactly.
    /// Results are untrimmed (the caller trims them for its reader); an answer matching many people is served from
    /// <see cref="TypeaheadCache"/> until the index next changes, unless <paramref name="cached"/> is false.
    /// </summary>
    public SearchResults<IndexedPerson> Typeahead(string text, int take, IReadOnlyList<SearchField>? fields = null, bool cached = true)
    {
        fields ??= TypeaheadFields;
        var tokens = VietnameseText.Tokens(text);
        if (tokens.Count == 0)
        {
            return new SearchResults<IndexedPerson>([], 0);
        }

        return _indexes.Search(Key, searcher =>
        {
            var postings = 0L;
            SearchResults<IndexedPerson> Compute() => Run(searcher, text, take, fields, out postings);
            return cached
                ? _typeaheadCache.GetOrAdd(searcher.IndexReader, CacheKey(tokens, take, fields), Compute, r => r.TotalHits >= CachedFromHits || postings >= CachedFromPostings)
                : Compute();
        });
    }

    private static SearchResults<IndexedPerson> Run(IndexSearcher searcher, string text, int take, IReadOnlyList<SearchField> fields, out long postings)
    {
        var usable = HasPrefixField(searcher.IndexReader) ? fields : WithoutPrefixField(fields);

        // Plain terms (every field with indexed prefixes, words of at most 8 letters) are scored on the postings;
        // otherwise, and for the typo fallback, the query runs through Lucene's scorers with the same ranking.
        postings = 0;
        SearchResults<IndexedPerson> found;
        if (TypeaheadQuery.Plan(text, usable) is { } plan)
        {
            var top = TermScoredSearch.Top(searcher, plan, Fields.NameSort, take);
            postings = top.Postings;
            found = Top(searcher, (top.Docs, top.TotalHits));
        }
        else
        {
            found = Top(searcher, NameRankedSearch.Top(searcher, TypeaheadQuery.Build(text, usable)!, Fields.NameSort, take));
        }

        if (found.Items.Count == 0 && TypeaheadQuery.Build(text, usable, fuzzy: true) is { } fuzzy)
        {
            found = Top(searcher, NameRankedSearch.Top(searcher, fuzzy, Fields.NameSort, take));
        }

        return found;
    }

    /// <summary>The query depends only on the words (as typed, lower case, NFC), the fields and the page size.</summary>
    private static string CacheKey(IReadOnlyList<QueryToken> tokens, int take, IReadOnlyList<SearchField> fields)
    {
        var key = new System.Text.StringBuilder();
        key.Append(take.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var field in fields)
        {
            key.Append('|').Append(field.Name).Append('^').Append(field.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('/').Append(field.PrefixField);
        }

        key.Append('|');
        foreach (var token in tokens)
        {
            key.Append(' ').Append(token.Original);
        }

        return key.ToString();
    }

    /// <summary>
    /// Ranked as <see cref="ByRank"/> without sorting every tie (see <see cref="NameRankedSearch"/>); stored fields are
    /// read for the returned hits only. Nothing is dropped here: trimming for the reader is the caller's.
    /// </summary>
    private static SearchResults<IndexedPerson> Top(IndexSearcher searcher, (IReadOnlyList<int> Docs, int TotalHits) top)
    {
        var items = new List<IndexedPerson>(top.Docs.Count);
        foreach (var doc in top.Docs)
        {
            items.Add(Read(searcher.Doc(doc)));
        }

        return new SearchResults<IndexedPerson>(items, top.TotalHits);
    }

    /// <summary>
    /// An index written before the prefix field existed (until its next rebuild) is searched with prefix expansion,
    /// so an upgrade never empties the typeahead. A handful of segments: cheaper than any cached flag to keep right.
    /// </summary>
    private static bool HasPrefixField(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.NumDocs > 0 && segment.FieldInfos.FieldInfo(Fields.NamePrefix) is null)
            {
                return false;
            }
        }

        return true;
    }

    private static SearchField[] WithoutPrefixField(IReadOnlyList<SearchField> fields) =>
        [.. fields.Select(f => f with { PrefixField = null })];

    public int Count() => _indexes.Count(Key);

    private static IndexedPerson Read(Document doc)
    {
        var fields = new Dictionary<string, (string, FieldVisibility)>(StringComparer.Ordinal);
        foreach (var name in Fields.Visible)
        {
            if (doc.Get(name) is { } value && doc.Get("v." + name) is { } vis)
            {
                fields[name] = (value, vis == "D" ? FieldVisibility.Department : FieldVisibility.Province);
            }
        }

        return new IndexedPerson(
            doc.Get(Fields.Tenant),
            doc.Get(Fields.TenantDisplay) ?? doc.Get(Fields.Tenant),
            int.Parse(doc.Get(Fields.Person), System.Globalization.CultureInfo.InvariantCulture),
            doc.Get(Fields.Name),
            doc.Get(Fields.UnitId),
            doc.Get(Fields.Unit),
            fields);
    }

    private static void AddVisible(Document doc, string name, string? value, FieldVisibility visibility)
    {
        // Hidden values never reach the index, so no query, bug or dump of the index can show them.
        if (string.IsNullOrWhiteSpace(value) || visibility == FieldVisibility.Hidden)
        {
            return;
        }

        doc.Add(new StoredField(name, value));
        doc.Add(new StoredField("v." + name, visibility == FieldVisibility.Department ? "D" : "P"));
    }

    public static class Fields
    {
        public const string Id = "id";
        public const string Tenant = "tenant";
        public const string TenantDisplay = "tenant_display";
        public const string Person = "person";
        public const string Name = "name";
        public const string NameSort = "name_sort";
        public const string NamePrefix = "name_prefix";
        public const string UnitId = "unit_id";
        public const string Unit = "unit";
        public const string Account = "account";
        public const string EmailKey = "email_key";
        public const string PositionText = "position";
        public const string Position = "f.position";
        public const string Email = "f.email";
        public const string OfficePhone = "f.office";
        public const string Mobile = "f.mobile";
        public const string Room = "f.room";
        public const string Photo = "f.photo";

        public static readonly string[] Visible = [Position, Email, OfficePhone, Mobile, Room, Photo];
    }
}
