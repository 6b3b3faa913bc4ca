using Intranet.Core.Tenants;

namespace Intranet.StaffDirectory.Services;

/// <summary>A department that is disabled or removed leaves the province directory; one running again returns.</summary>
public sealed class DirectoryTenantEvents : ITenantEventHandler
{
    private readonly ProvinceIndex _index;
    private readonly TenantDirectoryReader _departments;

    public DirectoryTenantEvents(ProvinceIndex index, TenantDirectoryReader departments)
    {
        _index = index;
        _departments = departments;
    }

    public async Task StateChangedAsync(Tenant tenant, TenantState previous, CancellationToken cancellationToken)
    {
        if (TenantDirectoryReader.IsDirectoryTenant(tenant))
        {
            await ReindexAsync(_index, _departments, tenant, cancellationToken);
        }
        else if (!tenant.IsHost)
        {
            _index.ReplaceTenant(tenant, []);
        }
    }

    public Task RemovingAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        _index.ReplaceTenant(tenant, []);
        return Task.CompletedTask;
    }

    /// <summary>Replaces one department's documents from its database (after a state change or an import).</summary>
    public static async Task ReindexAsync(ProvinceIndex index, TenantDirectoryReader departments, Tenant tenant, CancellationToken ct)
    {
        var rows = await departments.ReadAsync(tenant, async db =>
        {
            var units = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToDictionaryAsync(db.Units, u => u.Id, u => u.Name, ct);
            var people = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.People, p => p.Position).Where(p => p.IsActive && !p.AccountDisabled), ct);
            return people.Select(p => (p, p.UnitId is null ? null : units.GetValueOrDefault(p.UnitId))).ToList();
        });
        index.ReplaceTenant(tenant, rows);
    }
}
