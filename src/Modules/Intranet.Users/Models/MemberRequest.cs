using Intranet.Core.Validation;

namespace Intranet.Users.Models;

/// <summary>POST /api/users: add a member to the current tenant, creating the account when the email is new.</summary>
public sealed record MemberRequest(string? Email, [Name] string? FullName, string? Password, List<string>? Roles);
