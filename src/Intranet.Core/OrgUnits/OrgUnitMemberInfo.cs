namespace Intranet.Core.OrgUnits;

/// <summary>A person's place in a unit. <see cref="AccountId"/> is null for a profile without a login.</summary>
public sealed record OrgUnitMemberInfo(string TenantName, string UnitId, string? AccountId, string? Email, string FullName, bool IsActive);
