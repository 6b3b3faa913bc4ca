using System.Text.Json;
using Intranet.Users.Models;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Services;

/// <summary>
/// Issues and reads API bearer tokens: a time-limited data-protection payload (authenticated encryption with the
/// application's key ring). Stateless to issue; revoked by the account's security stamp, checked on every request.
/// </summary>
public sealed class AccessTokenService
{
    private const string Purpose = "Intranet.Users.AccessToken.v1";

    private readonly ITimeLimitedDataProtector _protector;
    private readonly UsersOptions _options;

    public AccessTokenService(IDataProtectionProvider dataProtection, IOptions<UsersOptions> options)
    {
        _protector = dataProtection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
        _options = options.Value;
    }

    public TimeSpan Lifetime => _options.AccessTokenLifetime;

    public string Issue(Account account, bool secondFactor)
    {
        var payload = new AccessTokenPayload(account.Id, account.SecurityStamp ?? "", secondFactor);
        return _protector.Protect(JsonSerializer.Serialize(payload), Lifetime);
    }

    public bool TryRead(string token, out AccessTokenPayload? payload)
    {
        payload = null;
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            return false;
        }

        try
        {
            payload = JsonSerializer.Deserialize<AccessTokenPayload>(_protector.Unprotect(token));
            return payload is not null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false; // tampered, expired, or from another key ring
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
