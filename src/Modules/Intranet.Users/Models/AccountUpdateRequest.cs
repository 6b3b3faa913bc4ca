using Intranet.Core.Validation;

namespace Intranet.Users.Models;

/// <summary>PUT /api/users/{id}: account-wide fields; omitted fields stay as they are.</summary>
public sealed record AccountUpdateRequest([Name] string? FullName, string? HomeTenant);
