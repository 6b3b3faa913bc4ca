namespace Intranet.Users.Models;

/// <summary>POST /api/auth/token answer.</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
