namespace Intranet.Users.Services;

/// <summary>Configuration section "Intranet:Setup": who the first administrator is.</summary>
public sealed class SetupOptions
{
    public const string Section = "Intranet:Setup";

    public string AdminEmail { get; set; } = "";

    /// <summary>Optional; when empty a strong random password is generated and shown once.</summary>
    public string? AdminPassword { get; set; }
}
