namespace Intranet.Users.Throttling;

/// <summary>
/// Configuration section "Intranet:Users:RateLimits": how often sign-in, token, second-factor, forgot- and
/// reset-password may be tried. Per client address (every POST) and per target account (failures, from devices
/// that have not signed in to that account before). A whole department may sit behind one address, hence the
/// generous per-address default.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Intranet:Users:RateLimits";

    /// <summary>POSTs to the sign-in endpoints from one client address per <see cref="PerClientWindow"/>.</summary>
    public int PerClientLimit { get; set; } = 60;

    public TimeSpan PerClientWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed attempts against one account (by email as typed) per <see cref="PerAccountWindow"/>, from devices it does not trust.</summary>
    public int PerAccountLimit { get; set; } = 10;

    public TimeSpan PerAccountWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Forgot-password requests for one email per <see cref="PerAccountWindow"/>.</summary>
    public int ResetRequestLimit { get; set; } = 5;

    /// <summary>At most one reset email per account in this interval, however often it is asked for.</summary>
    public TimeSpan ResetEmailInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failures on one trusted device (device cookie) before that device is refused for <see cref="DeviceLockout"/>.</summary>
    public int DeviceFailureLimit { get; set; } = 5;

    public TimeSpan DeviceLockout { get; set; } = TimeSpan.FromMinutes(15);
}
