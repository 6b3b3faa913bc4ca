namespace Intranet.Users.Models;

/// <summary>PUT /api/users/{id}/roles: the account's roles in the current tenant (it becomes a member if it was not).</summary>
public sealed record RolesRequest(List<string>? Roles);
