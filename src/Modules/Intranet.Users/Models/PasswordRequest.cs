namespace Intranet.Users.Models;

/// <summary>POST /api/users/{id}/password: a temporary password the owner must change at next sign-in.</summary>
public sealed record PasswordRequest(string? Password);
