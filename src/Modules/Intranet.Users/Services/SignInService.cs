using Intranet.Core.Audit;
using Intranet.Users.Models;
using Intranet.Users.Throttling;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Users.Services;

/// <summary>
/// The sign-in checks shared by the login form and the token API: password, lockout (5 failures from untrusted
/// devices → 15 minutes; see <see cref="DeviceCookies"/>),
/// enabled, second factor. Every success and failure is audited (category "auth"), never with the password.
/// </summary>
public sealed class SignInService
{
    private readonly UserManager<Account> _users;
    private readonly TotpService _totp;
    private readonly AuditRecorder _audit;
    private readonly TimeProvider _clock;
    private readonly DeviceCookies _devices;

    public SignInService(UserManager<Account> users, TotpService totp, AuditRecorder audit, TimeProvider clock, DeviceCookies devices)
    {
        _devices = devices;
        _users = users;
        _totp = totp;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>Longer passwords are refused before anything else, for every email alike.</summary>
    public const int MaxPasswordLength = 1024;

    /// <summary>
    /// First step: email and password. <paramref name="channel"/> is "form" or "api", for the audit.
    /// <paramref name="trustedDevice"/> is the device id from a valid device cookie for this email: its failures
    /// lock that device, not the account, and the account's lockout (for untrusted devices) does not apply to it.
    /// Every failure (unknown email, wrong password, locked) is the same answer after the same work (one hash):
    /// nobody learns from it whether an account exists or is locked.
    /// </summary>
    public async Task<SignInOutcome> CheckPasswordAsync(string? email, string? password, string channel, CancellationToken cancellationToken, string? trustedDevice = null)
    {
        email = email?.Trim() ?? "";
        password ??= "";
        var hasher = _users.PasswordHasher;
        if (password.Length is 0 or > MaxPasswordLength)
        {
            hasher.VerifyHashedPassword(new Account(), DummyHash, password.Length > MaxPasswordLength ? password[..MaxPasswordLength] : password);
            return await FailAsync(SignInStatus.Failed, email, channel, "empty or over-long password", cancellationToken);
        }

        var account = email.Length is > 0 and <= 256 ? await _users.FindByEmailAsync(email) : null;
        if (account is null)
        {
            // Hash anyway, so the answer takes as long for an unknown email as for a wrong password.
            hasher.VerifyHashedPassword(new Account(), DummyHash, password);
            return await FailAsync(SignInStatus.Failed, email, channel, "unknown account", cancellationToken);
        }

        var locked = trustedDevice is null ? await _users.IsLockedOutAsync(account) : _devices.IsLocked(trustedDevice);
        if (locked || account.PasswordHash is null)
        {
            hasher.VerifyHashedPassword(account, account.PasswordHash ?? DummyHash, password);
            return await FailAsync(SignInStatus.Failed, email, channel, locked ? "locked out" : "no password set", cancellationToken, account);
        }

        if (!await _users.CheckPasswordAsync(account, password))
        {
            if (trustedDevice is null)
            {
                await _users.AccessFailedAsync(account);
            }
            else
            {
                _devices.RecordFailure(trustedDevice);
            }

            return await FailAsync(SignInStatus.Failed, email, channel, trustedDevice is null ? "wrong password" : "wrong password (trusted device)", cancellationToken, account);
        }

        if (!account.IsEnabled)
        {
            return await FailAsync(SignInStatus.Disabled, email, channel, "account disabled", cancellationToken, account);
        }

        if (trustedDevice is not null)
        {
            _devices.ClearFailures(trustedDevice);
        }

        if (account.TwoFactorEnabled)
        {
            return new SignInOutcome(SignInStatus.RequiresTwoFactor, account);
        }

        return await SucceedAsync(account, channel, "password", cancellationToken);
    }

    /// <summary>Second step: a 6-digit TOTP code or one of the recovery codes (each works once).</summary>
    public async Task<SignInOutcome> CheckSecondFactorAsync(Account account, string? code, string channel, CancellationToken cancellationToken, string? trustedDevice = null)
    {
        if (trustedDevice is null ? await _users.IsLockedOutAsync(account) : _devices.IsLocked(trustedDevice))
        {
            return await FailAsync(SignInStatus.LockedOut, account.Email, channel, "locked out (second factor)", cancellationToken, account);
        }

        if (!account.IsEnabled)
        {
            return await FailAsync(SignInStatus.Disabled, account.Email, channel, "account disabled", cancellationToken, account);
        }

        var normalized = TotpService.Normalize(code ?? "");
        if (normalized.Length == 6 && normalized.All(char.IsAsciiDigit))
        {
            var key = await _users.GetAuthenticatorKeyAsync(account);
            if (key is not null && _totp.Verify(key, normalized, account.TotpLastTimeStep, out var step))
            {
                account.TotpLastTimeStep = step;
                await _users.UpdateAsync(account);
                return await SucceedAsync(account, channel, "totp", cancellationToken);
            }
        }
        else if (new string([.. (code ?? "").Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant() is { Length: > 0 and <= 64 } recoveryCode)
        {
            var redeemed = await _users.RedeemTwoFactorRecoveryCodeAsync(account, recoveryCode);
            if (redeemed.Succeeded)
            {
                return await SucceedAsync(account, channel, "recovery code", cancellationToken);
            }
        }

        bool locked;
        if (trustedDevice is null)
        {
            await _users.AccessFailedAsync(account);
            locked = await _users.IsLockedOutAsync(account);
        }
        else
        {
            _devices.RecordFailure(trustedDevice);
            locked = _devices.IsLocked(trustedDevice);
        }

        return await FailAsync(locked ? SignInStatus.LockedOut : SignInStatus.InvalidSecondFactor, account.Email, channel, "wrong second factor", cancellationToken, account);
    }

    private async Task<SignInOutcome> SucceedAsync(Account account, string channel, string method, CancellationToken cancellationToken)
    {
        await _users.ResetAccessFailedCountAsync(account);
        account.LastSignInUtc = _clock.GetUtcNow().UtcDateTime;
        await _users.UpdateAsync(account);
        await _audit.RecordAsync(new AuditEvent("auth", "sign-in.succeeded", account.Email, $"channel={channel}; method={method}") { Actor = account.Email }, cancellationToken);
        return new SignInOutcome(SignInStatus.Succeeded, account);
    }

    private async Task<SignInOutcome> FailAsync(SignInStatus status, string? email, string channel, string reason, CancellationToken cancellationToken, Account? account = null)
    {
        await _audit.RecordAsync(new AuditEvent("auth", "sign-in.failed", email, $"channel={channel}; reason={reason}") { Actor = email, Succeeded = false }, cancellationToken);
        return new SignInOutcome(status, account);
    }

    // A real PBKDF2 hash of a random string, so the unknown-email path costs the same as a real check.
    private static readonly string DummyHash = new PasswordHasher<Account>().HashPassword(new Account(), Guid.NewGuid().ToString());
}
