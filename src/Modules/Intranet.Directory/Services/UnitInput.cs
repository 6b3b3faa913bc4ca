using Intranet.StaffDirectory.Models;

namespace Intranet.StaffDirectory.Services;

/// <summary>A unit as an administrator, the API, a recipe or an import gives it.</summary>
public sealed record UnitInput(string Id, string Name, OrgUnitKind Kind, string? ParentId, int SortOrder = 0);
