namespace Intranet.Users.Models;

/// <summary>POST /api/users/existing: make an existing account (homed in another tenant) a member of the current tenant.</summary>
public sealed record ExistingMemberRequest(string? Email, List<string>? Roles);
