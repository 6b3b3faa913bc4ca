namespace Intranet.Users.Models;

/// <summary>PUT /api/roles/{name}: the role's permissions in the current tenant.</summary>
public sealed record RoleRequest(string? Description, List<string>? Permissions);
