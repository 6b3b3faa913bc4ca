namespace Intranet.Core.Accounts;

/// <summary>What other modules may know of an account (a civil servant's one login for the whole province).</summary>
public sealed record AccountInfo(
    string Id,
    string Email,
    string FullName,
    string HomeTenant,
    bool IsEnabled,
    bool TwoFactorEnabled);
