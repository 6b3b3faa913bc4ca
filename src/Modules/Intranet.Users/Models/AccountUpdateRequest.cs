namespace Intranet.Users.Models;

/// <summary>PUT /api/users/{id}: account-wide fields; omitted fields stay as they are.</summary>
public sealed record AccountUpdateRequest(string? FullName, string? HomeTenant);
