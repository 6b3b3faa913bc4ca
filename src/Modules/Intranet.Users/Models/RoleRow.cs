namespace Intranet.Users.Models;

/// <summary>A role of the current tenant: a standard role (stored or still on its defaults) or one the tenant made.</summary>
public sealed record RoleRow(string Name, string? Description, IReadOnlyList<string> Permissions, bool IsStandard, bool IsCustomized, int MemberCount);
