using Intranet.Core.Text;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Users.Services;

/// <summary>
/// Identity's lookup key (upper case, NFC) that never throws: the default normalizer's NFC threw on a lone surrogate
/// or U+FFFF in an email, so an anonymous POST /api/auth/token answered 500 instead of the usual 401. Such an email
/// now simply matches no account.
/// </summary>
public sealed class SafeLookupNormalizer : ILookupNormalizer
{
    public string? NormalizeName(string? name) => name is null ? null : UnicodeText.Normalize(name).ToUpperInvariant();

    public string? NormalizeEmail(string? email) => NormalizeName(email);
}
