using Intranet.Core.Accounts;
using Intranet.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>Read access to accounts for other modules.</summary>
public sealed class AccountDirectory : IAccountDirectory
{
    private readonly UsersDbContext _db;
    private readonly ILookupNormalizer _normalizer;

    public AccountDirectory(UsersDbContext db, ILookupNormalizer normalizer)
    {
        _db = db;
        _normalizer = normalizer;
    }

    public static AccountInfo ToInfo(Account a) => new(a.Id, a.Email ?? "", a.FullName, a.HomeTenant, a.IsEnabled, a.TwoFactorEnabled);

    public async Task<AccountInfo?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var account = await _db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return account is null ? null : ToInfo(account);
    }

    public async Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = _normalizer.NormalizeEmail(email.Trim());
        var account = await _db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.NormalizedEmail == normalized, cancellationToken);
        return account is null ? null : ToInfo(account);
    }

    public async Task<IReadOnlyList<AccountInfo>> ListMembersAsync(string tenantName, int skip, int take, CancellationToken cancellationToken = default)
    {
        var accounts = await _db.Memberships.AsNoTracking()
            .Where(m => m.TenantName == tenantName)
            .OrderBy(m => m.AccountId)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 0, 1000))
            .Join(_db.Users.AsNoTracking(), m => m.AccountId, a => a.Id, (m, a) => a)
            .ToListAsync(cancellationToken);
        return [.. accounts.Select(ToInfo)];
    }
}
