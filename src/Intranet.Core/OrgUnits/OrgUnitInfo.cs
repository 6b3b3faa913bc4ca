namespace Intranet.Core.OrgUnits;

/// <summary>An org unit (phòng, ban, tổ, trung tâm) of a department, as other modules may see it.</summary>
public sealed record OrgUnitInfo(string TenantName, string UnitId, string Name, string? ParentUnitId, string Slug);
