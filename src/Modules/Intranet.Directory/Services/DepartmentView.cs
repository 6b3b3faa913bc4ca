using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Models;

namespace Intranet.StaffDirectory.Services;

/// <summary>A department as the browse and org-chart pages show it: its unit tree and its listed people (trimmed).</summary>
public sealed record DepartmentView(Tenant Tenant, IReadOnlyList<OrgUnit> Units, IReadOnlyList<DirectoryEntry> People, OrgUnit? Unit)
{
    public IEnumerable<OrgUnit> ChildrenOf(string? parentId) => Units.Where(u => u.ParentId == parentId);

    public IEnumerable<DirectoryEntry> PeopleOf(string? unitId) => People.Where(p => p.UnitId == unitId);
}
