namespace Intranet.Users.Models;

/// <summary>One tenant an account belongs to, as its home department or the province sees it.</summary>
public sealed record MembershipRow(string TenantName, IReadOnlyList<string> Roles, DateTime CreatedUtc);
