namespace Intranet.Users.Models;

/// <summary>GET /api/auth/me: who the caller is, and what they may do in the request's tenant.</summary>
public sealed record MeResponse(
    string Id,
    string Email,
    string FullName,
    string HomeTenant,
    bool TwoFactorEnabled,
    string Tenant,
    bool IsMember,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions);
