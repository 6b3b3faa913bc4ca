namespace Intranet.Users.Services;

/// <summary>
/// What a request needs to know about its account: whether to accept the session, whether it must change a temporary
/// password first, and whether it has a second factor (administrators' permissions may depend on it).
/// </summary>
public sealed record SessionState(string Email, string FullName, string SecurityStamp, bool IsEnabled, bool TwoFactorEnabled = false, bool MustChangePassword = false);
