using Intranet.Core.Tenants;
using Intranet.Search.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.StaffDirectory.Services;

/// <summary>Rebuilds the province index from every department's database (Search admin page, <c>search rebuild directory</c>).</summary>
public sealed class DirectoryIndexSource : ISearchIndexSource
{
    private readonly TenantDirectoryReader _reader;

    public DirectoryIndexSource(TenantDirectoryReader reader) => _reader = reader;

    public string IndexName => ProvinceIndex.IndexName;

    public string DisplayName => "Danh bạ toàn tỉnh";

    public IEnumerable<Tenant> TenantsFor(TenantTable table) =>
        table.Host.IsFeatureEnabled(DirectoryFeatures.Province) ? [table.Host] : [];

    public async Task RebuildAsync(Tenant tenant, IndexRebuild rebuild, CancellationToken cancellationToken)
    {
        var departments = _reader.DirectoryTenants().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var counts = new List<int>(departments.Count);
        foreach (var department in departments)
        {
            counts.Add(await _reader.ReadAsync(department, db => db.People.CountAsync(p => p.IsActive && !p.AccountDisabled, cancellationToken)));
        }

        rebuild.Total = counts.Sum();
        foreach (var department in departments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await _reader.ReadAsync(department, async db =>
            {
                var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
                await foreach (var person in db.People.AsNoTracking().Include(p => p.Position)
                                   .Where(p => p.IsActive && !p.AccountDisabled).AsAsyncEnumerable().WithCancellation(cancellationToken))
                {
                    var unitName = person.UnitId is null ? null : units.GetValueOrDefault(person.UnitId);
                    if (ProvinceIndex.ToDocument(department, person, unitName) is { } doc)
                    {
                        rebuild.Add(doc);
                    }
                }

                return 0;
            });
        }
    }
}
