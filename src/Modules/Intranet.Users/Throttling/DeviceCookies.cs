using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Throttling;

/// <summary>
/// OWASP "device cookies": a successful sign-in leaves a signed cookie naming the account and a random device id.
/// Failures from a browser that presents it count against that device only; failures from anywhere else count
/// against the account's lockout for untrusted devices, which does not apply to a trusted device. So someone
/// without the password can lock out strangers, but not the user on the computer they always use.
/// </summary>
public sealed class DeviceCookies
{
    public const string CookieName = "intranet-device";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly ITimeLimitedDataProtector _protector;
    private readonly TimeProvider _clock;
    private readonly RateLimitOptions _options;
    private readonly ConcurrentDictionary<string, DeviceFailures> _failures = new(StringComparer.Ordinal);

    public DeviceCookies(IDataProtectionProvider protection, TimeProvider clock, IOptions<RateLimitOptions> options)
    {
        _protector = protection.CreateProtector("Intranet.Users.DeviceCookie.v1").ToTimeLimitedDataProtector();
        _clock = clock;
        _options = options.Value;
    }

    /// <summary>The device id when the request carries a valid device cookie for <paramref name="email"/>; else null.</summary>
    public string? TrustedDeviceFor(HttpContext context, string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || context.Request.Cookies[CookieName] is not { Length: > 0 and < 2048 } value)
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null; // forged, expired, or from another installation
        }

        var separator = payload.IndexOf('\n', StringComparison.Ordinal);
        return separator > 0 && string.Equals(payload[..separator], Normalize(email), StringComparison.Ordinal) ? payload[(separator + 1)..] : null;
    }

    /// <summary>After a complete sign-in: this browser is now a trusted device for the account.</summary>
    public void Issue(HttpContext context, string email)
    {
        var device = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var value = _protector.Protect(Normalize(email) + "\n" + device, _clock.GetUtcNow() + Lifetime);
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
            Expires = _clock.GetUtcNow() + Lifetime,
        });
    }

    public bool IsLocked(string device) =>
        _failures.TryGetValue(device, out var failures) && failures.LockedUntil > _clock.GetUtcNow();

    public void RecordFailure(string device)
    {
        var now = _clock.GetUtcNow();
        if (_failures.Count > 10_000)
        {
            foreach (var stale in _failures.Where(f => f.Value.LockedUntil < now && f.Value.Since < now - _options.DeviceLockout))
            {
                _failures.TryRemove(stale.Key, out _);
            }
        }

        _failures.AddOrUpdate(
            device,
            _ => new DeviceFailures(1, now, Lock(1, now)),
            (_, old) =>
            {
                var count = old.LockedUntil > DateTimeOffset.MinValue && old.LockedUntil <= now ? 1 : old.Count + 1;
                return new DeviceFailures(count, now, Lock(count, now));
            });
    }

    public void ClearFailures(string device) => _failures.TryRemove(device, out _);

    private DateTimeOffset Lock(int count, DateTimeOffset now) =>
        count >= Math.Max(1, _options.DeviceFailureLimit) ? now + _options.DeviceLockout : DateTimeOffset.MinValue;

    private static string Normalize(string email) => email.Trim().ToLowerInvariant();

    private sealed record DeviceFailures(int Count, DateTimeOffset Since, DateTimeOffset LockedUntil);
}
