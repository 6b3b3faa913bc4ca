using Intranet.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Users.Tests;

/// <summary>The real hasher, counting how often a password is verified: the expensive step an attacker could time.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<Account>
{
    private readonly PasswordHasher<Account> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(Account user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
