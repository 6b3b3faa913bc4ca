namespace Intranet.Users.Services;

/// <summary>What a request needs to know about its account to accept the session.</summary>
public sealed record SessionState(string Email, string FullName, string SecurityStamp, bool IsEnabled);
