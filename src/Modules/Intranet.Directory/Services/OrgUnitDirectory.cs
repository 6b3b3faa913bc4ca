using Intranet.Core.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace Intranet.StaffDirectory.Services;

/// <summary>Core's read access to a department's units and members, for other modules (Mail's unit lists, HR).</summary>
public sealed class OrgUnitDirectory : IOrgUnitDirectory
{
    private readonly TenantDirectoryReader _departments;

    public OrgUnitDirectory(TenantDirectoryReader departments) => _departments = departments;

    public async Task<IReadOnlyList<OrgUnitInfo>> ListUnitsAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        if (_departments.Find(tenantName) is not { } tenant)
        {
            return [];
        }

        return await _departments.ReadAsync<IReadOnlyList<OrgUnitInfo>>(tenant, async db =>
            (await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToListAsync(cancellationToken))
            .Select(u => new OrgUnitInfo(tenant.Name, u.Id, u.Name, u.ParentId, u.Id)).ToList());
    }

    public async Task<IReadOnlyList<OrgUnitMemberInfo>> ListMembersAsync(string tenantName, string unitId, CancellationToken cancellationToken = default)
    {
        if (_departments.Find(tenantName) is not { } tenant)
        {
            return [];
        }

        return await _departments.ReadAsync<IReadOnlyList<OrgUnitMemberInfo>>(tenant, async db =>
            (await db.People.AsNoTracking().Where(p => p.UnitId == unitId).OrderBy(p => p.FullName).ToListAsync(cancellationToken))
            .Select(p => new OrgUnitMemberInfo(tenant.Name, unitId, p.AccountId, p.Email, p.FullName, p.IsListed)).ToList());
    }
}
