using Microsoft.Extensions.Options;
using OtpNet;

namespace Intranet.Users.Services;

/// <summary>RFC 6238 TOTP (SHA-1, 6 digits, 30 s) with Otp.NET; one step of clock drift either way; each step accepted once.</summary>
public sealed class TotpService
{
    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    private readonly UsersOptions _options;
    private readonly TimeProvider _clock;

    public TotpService(IOptions<UsersOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
    }

    /// <summary>Whether <paramref name="code"/> is valid now and newer than <paramref name="lastStep"/>; gives the step it matched.</summary>
    public bool Verify(string base32Key, string code, long? lastStep, out long matchedStep)
    {
        matchedStep = 0;
        code = Normalize(code);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(base32Key));
        return totp.VerifyTotp(_clock.GetUtcNow().UtcDateTime, code, out matchedStep, Window) && (lastStep is null || matchedStep > lastStep);
    }

    /// <summary>The otpauth:// URI an authenticator app reads from the QR code.</summary>
    public string ProvisioningUri(string email, string base32Key)
    {
        var issuer = Uri.EscapeDataString(_options.TotpIssuer);
        return $"otpauth://totp/{issuer}:{Uri.EscapeDataString(email)}?secret={base32Key}&issuer={issuer}&algorithm=SHA1&digits=6&period=30";
    }

    /// <summary>People type codes with spaces ("123 456"); keep only what matters.</summary>
    public static string Normalize(string code) => new([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-')]);

    /// <summary>A code for tests and the enrolment check.</summary>
    public string Compute(string base32Key, DateTime utc) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(utc);
}
