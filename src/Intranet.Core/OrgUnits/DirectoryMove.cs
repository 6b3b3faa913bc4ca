namespace Intranet.Core.OrgUnits;

/// <summary>Which entry moves (by id, else by account) and where to (a unit of the target, or none).</summary>
public sealed record DirectoryMove(string FromTenant, string ToTenant, int? PersonId, string? AccountId, string? ToUnitId);
