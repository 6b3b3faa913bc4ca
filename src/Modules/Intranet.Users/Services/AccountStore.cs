using System.Security.Cryptography;
using System.Text;
using Intranet.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>
/// Identity's EF store, except that recovery codes are stored as SHA-256 hashes (salted with the account id)
/// instead of in clear, so a copy of the database does not give away anyone's second factor (ASVS 5 V6.5.2).
/// The codes carry about 50 random bits and are used once, so a fast hash is enough.
/// </summary>
public sealed class AccountStore : UserOnlyStore<Account, UsersDbContext>
{
    private const string Provider = "[AspNetUserStore]";
    private const string Name = "RecoveryCodes";

    public AccountStore(UsersDbContext context, IdentityErrorDescriber? describer = null)
        : base(context, describer)
    {
    }

    public override Task ReplaceCodesAsync(Account user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(c => Hash(user, c)), cancellationToken);

    /// <summary>Not the base's: it would re-save the remaining codes through <see cref="ReplaceCodesAsync"/> and hash them twice.</summary>
    public override async Task<bool> RedeemCodeAsync(Account user, string code, CancellationToken cancellationToken)
    {
        var hashes = (await GetTokenAsync(user, Provider, Name, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var hash = Hash(user, code);
        if (!hashes.Contains(hash, StringComparer.Ordinal))
        {
            return false;
        }

        await SetTokenAsync(user, Provider, Name, string.Join(';', hashes.Where(h => h != hash)), cancellationToken);
        return true;
    }

    internal static string Hash(Account user, string code) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(user.Id + ":" + code.Trim().ToUpperInvariant())));
}
