namespace Intranet.Users.Models;

/// <summary>The two-factor page: status, or the enrolment key and QR code, or the recovery codes shown once.</summary>
public sealed class TwoFactorViewModel
{
    public bool Enabled { get; set; }

    /// <summary>The key in groups of four, for typing into an app by hand.</summary>
    public string? ManualKey { get; set; }

    public string? Code { get; set; }

    public string? Error { get; set; }

    public string? Message { get; set; }

    /// <summary>Shown once, right after they are generated.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; set; } = [];

    public int RecoveryCodesLeft { get; set; }

    /// <summary>The user was sent here because administrators must use a second factor.</summary>
    public bool Required { get; set; }
}
