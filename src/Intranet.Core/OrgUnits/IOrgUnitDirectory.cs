namespace Intranet.Core.OrgUnits;

/// <summary>Read access to a department's units and their members (the Directory module implements it).</summary>
public interface IOrgUnitDirectory
{
    Task<IReadOnlyList<OrgUnitInfo>> ListUnitsAsync(string tenantName, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OrgUnitMemberInfo>> ListMembersAsync(string tenantName, string unitId, CancellationToken cancellationToken = default);
}
