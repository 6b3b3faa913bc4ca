using Intranet.Core.Validation;

namespace Intranet.Users.Models;

/// <summary>PUT /api/roles/{name}: the role's permissions in the current tenant; a field left out keeps its value.</summary>
public sealed record RoleRequest([Name] string? Description, List<string>? Permissions);
