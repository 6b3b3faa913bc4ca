namespace Intranet.Users.Services;

/// <summary>Configuration section "Intranet:Users".</summary>
public sealed class UsersOptions
{
    public const string Section = "Intranet:Users";

    /// <summary>Administrators must enrol a TOTP second factor before they reach admin pages.</summary>
    public bool RequireTwoFactorForAdministrators { get; set; }

    /// <summary>Lifetime of an API bearer token.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Idle lifetime of a browser session (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The issuer shown in authenticator apps.</summary>
    public string TotpIssuer { get; set; } = "Intranet";
}
