namespace Intranet.Users.Models;

public sealed class TwoFactorLoginViewModel
{
    /// <summary>A 6-digit code from the authenticator app, or a recovery code.</summary>
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    public string? Error { get; set; }
}
