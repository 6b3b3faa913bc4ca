namespace Intranet.Users.Models;

/// <summary>
/// An account as the administration lists it, with its roles in the current tenant (null: not a member). Sign-in
/// details (second factor, lockout, last sign-in) are null for an account homed in another department: they are
/// its home's business.
/// </summary>
public sealed record AccountRow(
    string Id,
    string Email,
    string FullName,
    string HomeTenant,
    bool IsEnabled,
    bool? TwoFactorEnabled,
    bool? IsLockedOut,
    DateTime CreatedUtc,
    DateTime? LastSignInUtc,
    IReadOnlyList<string>? Roles);
