using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Intranet.Mail.Services;

/// <summary>
/// BLF-CRYPT hashes Dovecot 2.3 verifies through libxcrypt ("{BLF-CRYPT}$2a$…"). Not EnhancedHashPassword:
/// its SHA-384 pre-hash is unknown to Dovecot.
/// </summary>
public sealed class MailPasswordHasher
{
    public const string Prefix = "{BLF-CRYPT}";

    private readonly int _cost;
    private readonly Lazy<string> _unusable;

    public MailPasswordHasher(IOptions<MailOptions> options)
    {
        _cost = Math.Clamp(options.Value.BcryptCost, 4, 14);
        _unusable = new Lazy<string>(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
    }

    public string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return Prefix + BCrypt.Net.BCrypt.HashPassword(password, _cost);
    }

    public static bool Verify(string password, string hash) =>
        hash.StartsWith(Prefix, StringComparison.Ordinal) && BCrypt.Net.BCrypt.Verify(password, hash[Prefix.Length..]);

    /// <summary>
    /// A hash of a random secret nobody knows: a mailbox exists before its owner's password reaches it. Made once per
    /// process, not per mailbox: the secret is 256 random bits that are never stored, so sharing the hash reveals
    /// nothing, while a fresh bcrypt per mailbox was 70 % of provisioning time (bench/Intranet.Bench.Mail: 70 ms of
    /// 107 ms at cost 10, i.e. 12 minutes for 10,000 accounts). It stays a real hash at the configured cost, so a login
    /// attempt on such a mailbox costs Dovecot the same as any other (no timing tell, no "invalid password" log noise).
    /// </summary>
    public string Unusable() => _unusable.Value;

    /// <summary>An application password: 4 groups of 4 letters, easy to type on a phone, ~75 bits.</summary>
    public static string NewAppPassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyz";
        var groups = new string[4];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = string.Create(4, 0, (span, _) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
                }
            });
        }

        return string.Join('-', groups);
    }
}
