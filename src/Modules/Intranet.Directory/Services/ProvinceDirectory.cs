using System.Security.Claims;
using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Models;
using Intranet.Search.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// What the province pages and the search API show: index hits and department data, always trimmed for the reader
/// (Hidden never, Department only to members of that department, people who left or are disabled never).
/// </summary>
public sealed class ProvinceDirectory
{
    public const int MaxTake = 100;

    private readonly ProvinceIndex _index;
    private readonly TenantDirectoryReader _departments;
    private readonly DirectoryReaderContext _reader;

    public ProvinceDirectory(ProvinceIndex index, TenantDirectoryReader departments, DirectoryReaderContext reader)
    {
        _index = index;
        _departments = departments;
        _reader = reader;
    }

    public TenantDirectoryReader Departments => _departments;

    /// <summary>Typed words as prefixes in any order, in names; the results page falls back to units and public positions.</summary>
    public async Task<SearchResults<DirectoryEntry>> SearchAsync(ClaimsPrincipal user, string? text, int take, bool typeahead, CancellationToken ct = default)
    {
        // Names first: "hanh" means people called Hạnh, not everyone in "Phòng Hành chính". Units and public positions
        // are searched only when no name matches ("ke toan", "giam doc").
        take = Math.Clamp(take, 1, MaxTake);
        var hits = _index.Typeahead(text ?? "", take, ProvinceIndex.TypeaheadFields);
        if (!typeahead && hits.Items.Count == 0)
        {
            hits = _index.Typeahead(text ?? "", take, ProvinceIndex.ResultFields);
        }

        return await TrimAsync(user, hits, ct);
    }

    /// <summary>The explicit advanced syntax (name:… unit:… AND/OR); a syntax error is a <see cref="SearchSyntaxException"/>.</summary>
    public async Task<SearchResults<DirectoryEntry>> AdvancedSearchAsync(ClaimsPrincipal user, string? text, int take, CancellationToken ct = default)
    {
        var query = AdvancedQuery.Parse(text, ProvinceIndex.Fields.Name, ProvinceIndex.AdvancedFields);
        return await TrimAsync(user, _index.Search(query, Math.Clamp(take, 1, MaxTake)), ct);
    }

    /// <summary>Whether the text uses the advanced syntax rather than plain words.</summary>
    public static bool LooksAdvanced(string? text) =>
        text is not null && text.IndexOfAny([':', '"', '(', ')', '*', '~', '[', ']', '{', '}', '^']) >= 0;

    /// <summary>One listed person of a department, trimmed; null when there is none (or they left).</summary>
    public async Task<(DirectoryEntry Entry, Person Person)?> ProfileAsync(ClaimsPrincipal user, Tenant tenant, int personId, CancellationToken ct = default)
    {
        var member = await _reader.IsMemberAsync(user, tenant.Name, ct);
        return await _departments.ReadAsync<(DirectoryEntry, Person)?>(tenant, async db =>
        {
            var person = await db.People.AsNoTracking().Include(p => p.Position).FirstOrDefaultAsync(p => p.Id == personId && p.IsActive && !p.AccountDisabled, ct);
            if (person is null)
            {
                return null;
            }

            var unitName = person.UnitId is null ? null : await db.Units.Where(u => u.Id == person.UnitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
            return (VisibleField.Trim(tenant.Name, tenant.DisplayName, person, unitName, member), person);
        });
    }

    /// <summary>A department's units and listed people, trimmed; <paramref name="unitId"/> limits people to that unit and its sub-units.</summary>
    public async Task<DepartmentView> DepartmentAsync(ClaimsPrincipal user, Tenant tenant, string? unitId, CancellationToken ct = default)
    {
        var member = await _reader.IsMemberAsync(user, tenant.Name, ct);
        return await _departments.ReadAsync(tenant, async db =>
        {
            var units = await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToListAsync(ct);
            var people = await db.People.AsNoTracking().Include(p => p.Position)
                .Where(p => p.IsActive && !p.AccountDisabled)
                .OrderBy(p => p.Position == null ? int.MaxValue : p.Position.Rank).ThenBy(p => p.FullName)
                .ToListAsync(ct);
            var names = units.ToDictionary(u => u.Id, u => u.Name);
            var inScope = unitId is null ? null : Subtree(units, unitId);
            var entries = people
                .Where(p => inScope is null || (p.UnitId is not null && inScope.Contains(p.UnitId)))
                .Select(p => VisibleField.Trim(tenant.Name, tenant.DisplayName, p, p.UnitId is null ? null : names.GetValueOrDefault(p.UnitId), member))
                .ToList();
            return new DepartmentView(tenant, units, entries, unitId is null ? null : units.FirstOrDefault(u => u.Id == unitId));
        });
    }

    /// <summary>The photo bytes when the reader may see them.</summary>
    public async Task<(byte[] Data, string ContentType)?> PhotoAsync(ClaimsPrincipal user, Tenant tenant, int personId, PhotoStore photos, CancellationToken ct = default)
    {
        if (await ProfileAsync(user, tenant, personId, ct) is not { } found || found.Entry.PhotoVersion is null || found.Person.PhotoContentType is not { } type)
        {
            return null;
        }

        return await photos.ReadAsync(tenant, personId, type, ct) is { } data ? (data, type) : null;
    }

    private static HashSet<string> Subtree(List<OrgUnit> units, string rootId)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { rootId };
        var added = true;
        while (added)
        {
            added = false;
            foreach (var unit in units)
            {
                if (unit.ParentId is not null && result.Contains(unit.ParentId) && result.Add(unit.Id))
                {
                    added = true;
                }
            }
        }

        return result;
    }

    private async Task<SearchResults<DirectoryEntry>> TrimAsync(ClaimsPrincipal user, SearchResults<IndexedPerson> hits, CancellationToken ct)
    {
        var items = new List<DirectoryEntry>(hits.Items.Count);
        foreach (var hit in hits.Items)
        {
            items.Add(hit.Trim(await _reader.IsMemberAsync(user, hit.TenantName, ct)));
        }

        return new SearchResults<DirectoryEntry>(items, hits.TotalHits);
    }
}
