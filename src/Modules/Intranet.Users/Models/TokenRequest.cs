namespace Intranet.Users.Models;

/// <summary>POST /api/auth/token body.</summary>
public sealed record TokenRequest(string? Email, string? Password, string? TotpCode);
