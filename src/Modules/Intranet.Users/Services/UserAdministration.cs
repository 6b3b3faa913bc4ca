using Intranet.Core.Audit;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>
/// What an administrator with ManageUsers may see and do in the current tenant. In the host (province) every
/// account; in a department only its members, and account-wide changes (name, enabled, sessions, password,
/// second factor) only for accounts whose home is that department — a department cannot disable someone it
/// merely shares. New accounts only in the tenant's own mail domains (<see cref="AccountDomainRule"/>); an account
/// homed elsewhere joins only by an explicit step, recorded in both tenants' trails, which its home department or
/// the province can see and undo.
/// </summary>
public sealed class UserAdministration
{
    public const int MaxPageSize = 100;

    private readonly UsersDbContext _db;
    private readonly AccountChanges _changes;
    private readonly TimeProvider _clock;
    private readonly AccountDomainRule _domains;

    public UserAdministration(UsersDbContext db, AccountChanges changes, TimeProvider clock, AccountDomainRule domains)
    {
        _db = db;
        _changes = changes;
        _clock = clock;
        _domains = domains;
    }

    public async Task<Page<AccountRow>> SearchAsync(Tenant tenant, string? query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var accounts = _db.Users.AsNoTracking();
        if (!tenant.IsHost)
        {
            accounts = accounts.Where(a => _db.Memberships.Any(m => m.AccountId == a.Id && m.TenantName == tenant.Name));
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            // SQLite's LIKE ignores case for ASCII only: emails are matched on their normalised (upper-case) form,
            // names as typed, which matches "nguyễn" in "Nguyễn". PostgreSQL's LIKE is case-sensitive: ILIKE there
            // (it also folds "ễ"/"Ễ", which SQLite does not).
            var q = query.Trim();
            var emailPattern = LikePattern(q.ToUpperInvariant());
            var namePattern = LikePattern(q);
            accounts = _db.Database.IsNpgsql()
                ? accounts.Where(a => EF.Functions.ILike(a.NormalizedEmail!, emailPattern, "\\") || EF.Functions.ILike(a.FullName, namePattern, "\\"))
                : accounts.Where(a => EF.Functions.Like(a.NormalizedEmail!, emailPattern, "\\") || EF.Functions.Like(a.FullName, namePattern, "\\"));
        }

        var total = await accounts.CountAsync(cancellationToken);
        var items = await accounts.OrderBy(a => a.NormalizedEmail).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = items.Select(a => a.Id).ToList();
        var roles = await _db.Memberships.AsNoTracking()
            .Where(m => m.TenantName == tenant.Name && ids.Contains(m.AccountId))
            .ToDictionaryAsync(m => m.AccountId, m => m.Roles, cancellationToken);
        return new Page<AccountRow>([.. items.Select(a => Row(tenant, a, roles.GetValueOrDefault(a.Id)))], total, page, pageSize);
    }

    /// <summary>The account when the tenant may see it (host: any; department: its members).</summary>
    public Task<AccountRow?> FindAsync(Tenant tenant, string id, CancellationToken cancellationToken = default) =>
        FindAsync(tenant, id, includeNonMembers: tenant.IsHost, cancellationToken);

    /// <summary>Any account, with its roles in the tenant (null when not a member): for making it a member.</summary>
    public Task<AccountRow?> FindAnyAsync(Tenant tenant, string id, CancellationToken cancellationToken = default) =>
        FindAsync(tenant, id, includeNonMembers: true, cancellationToken);

    private async Task<AccountRow?> FindAsync(Tenant tenant, string id, bool includeNonMembers, CancellationToken cancellationToken)
    {
        var account = await _db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var roles = await _db.Memberships.AsNoTracking()
            .Where(m => m.TenantName == tenant.Name && m.AccountId == id)
            .Select(m => m.Roles)
            .FirstOrDefaultAsync(cancellationToken);
        return includeNonMembers || roles is not null ? Row(tenant, account, roles) : null;
    }

    /// <summary>Whether the tenant's administrators may make account-wide changes to it.</summary>
    public static bool OwnsAccount(Tenant tenant, AccountRow account) => tenant.IsHost || account.HomeTenant == tenant.Name;

    /// <summary>
    /// Adds a member: creates the account (home: this tenant) when the email is new. An existing account homed in
    /// another tenant is refused with an <see cref="ExistingAccountException"/>, so the caller asks for confirmation
    /// and uses <see cref="AddExistingMemberAsync"/>.
    /// </summary>
    public Task<string> AddMemberAsync(Tenant tenant, string? email, string? fullName, string? password, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default) =>
        AddAsync(tenant, email, fullName, password, roles, addExisting: false, cancellationToken);

    /// <summary>The confirmed step: an existing account, whatever its home, becomes a member here (audited in both tenants).</summary>
    public Task<string> AddExistingMemberAsync(Tenant tenant, string? email, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default) =>
        AddAsync(tenant, email, null, null, roles, addExisting: true, cancellationToken);

    private async Task<string> AddAsync(Tenant tenant, string? email, string? fullName, string? password, IReadOnlyCollection<string> roles, bool addExisting, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            throw new AccountException("Email là bắt buộc.");
        }

        email = email.Trim();
        if (Intranet.Core.Text.UnicodeText.HasInvalid(email))
        {
            // A lone surrogate or a noncharacter is in no address; say so before anything looks the email up.
            throw new AccountException("Địa chỉ email không hợp lệ.");
        }

        await ValidateRolesAsync(tenant, roles, cancellationToken);
        var normalized = email.ToUpperInvariant();
        if (!await _db.Users.AsNoTracking().AnyAsync(a => a.NormalizedEmail == normalized, cancellationToken))
        {
            if (addExisting)
            {
                throw new AccountException($"Không có tài khoản '{email}' để thêm; hãy tạo tài khoản mới.");
            }

            // Read before the transaction: mail.db is another file.
            await _domains.CheckAsync(tenant, email, cancellationToken);
        }

        return await _changes.RunAsync(async manager =>
        {
            var account = await manager.FindByEmailAsync(email);
            if (account is null)
            {
                account = await manager.CreateAsync(email, fullName ?? "", tenant.Name, null, mustChangePassword: false, cancellationToken);
                if (!string.IsNullOrEmpty(password))
                {
                    await manager.SetPasswordAsync(account, password, mustChange: true, cancellationToken);
                }
            }
            else if (await manager.RolesInAsync(account, tenant.Name, cancellationToken) is not null)
            {
                throw new AccountException($"'{account.Email}' đã là thành viên của đơn vị này.");
            }
            else if (account.HomeTenant != tenant.Name && !addExisting)
            {
                throw new ExistingAccountException(ExistingMessage(account.Email, account.HomeTenant));
            }

            await manager.SetMembershipAsync(account, tenant.Name, roles, cancellationToken);
            if (account.HomeTenant != tenant.Name)
            {
                await RecordJoinedAsync(manager, tenant, account.Email ?? "", account.HomeTenant, roles, cancellationToken);
            }

            return account.Id;
        }, cancellationToken);
    }

    /// <summary>The tenants the account belongs to, for its home department or the province ("also member of …").</summary>
    public async Task<IReadOnlyList<MembershipRow>> MembershipsAsync(Tenant tenant, AccountRow row, CancellationToken cancellationToken = default)
    {
        if (!OwnsAccount(tenant, row))
        {
            return [];
        }

        var rows = await _db.Memberships.AsNoTracking().Where(m => m.AccountId == row.Id)
            .Select(m => new { m.TenantName, m.Roles, m.CreatedUtc }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(m => m.TenantName, StringComparer.Ordinal).Select(m => new MembershipRow(m.TenantName, m.Roles, m.CreatedUtc))];
    }

    /// <summary>The home department (or the province) takes the account out of another tenant: undoes an addition it did not make.</summary>
    public async Task RemoveMembershipElsewhereAsync(Tenant tenant, AccountRow row, string otherTenant, CancellationToken cancellationToken = default)
    {
        RequireOwner(tenant, row);
        if (otherTenant == tenant.Name)
        {
            throw new AccountException("Để rời khỏi chính đơn vị này, dùng \"Xóa khỏi đơn vị\".");
        }

        await _changes.RunAsync(async m =>
        {
            var account = await m.RequireAsync(row.Id);
            if (await m.RolesInAsync(account, otherTenant, cancellationToken) is null)
            {
                throw new AccountException($"Tài khoản không phải thành viên của đơn vị '{otherTenant}'.");
            }

            await m.RemoveMembershipAsync(account, otherTenant, cancellationToken);
            await m.AuditAsync(new AuditEvent("membership", "removed.elsewhere", account.Email, $"tenant={otherTenant} by={tenant.Name}") { TenantName = tenant.Name }, cancellationToken);
        }, cancellationToken);
    }

    public async Task UpdateAsync(Tenant tenant, AccountRow row, string? fullName, string? homeTenant, CancellationToken cancellationToken = default)
    {
        RequireOwner(tenant, row);
        if (!tenant.IsHost && homeTenant is not null && homeTenant != row.HomeTenant)
        {
            throw new AccountOwnershipException("Chỉ quản trị cấp tỉnh mới chuyển được đơn vị chính của tài khoản.");
        }

        await _changes.RunAsync(async m => await m.UpdateAsync(await m.RequireAsync(row.Id), fullName ?? row.FullName, homeTenant ?? row.HomeTenant, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The account's roles here. An account homed elsewhere that is not yet a member is not made one by this: that is
    /// the confirmed "add existing account" step (<see cref="AddMemberAsync"/>); with no roles asked nothing changes.
    /// </summary>
    public async Task SetRolesAsync(Tenant tenant, AccountRow row, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        if (row.Roles is null && row.HomeTenant != tenant.Name)
        {
            if (roles.Count == 0)
            {
                return;
            }

            throw new ExistingAccountException(ExistingMessage(row.Email, row.HomeTenant));
        }

        await ValidateRolesAsync(tenant, roles, cancellationToken);
        await _changes.RunAsync(async m => await m.SetMembershipAsync(await m.RequireAsync(row.Id), tenant.Name, roles, cancellationToken), cancellationToken);
    }

    public async Task RemoveMemberAsync(Tenant tenant, AccountRow row, string actorId, CancellationToken cancellationToken = default)
    {
        if (row.Id == actorId)
        {
            throw new AccountException("Bạn không thể tự rời khỏi đơn vị mình đang quản trị.");
        }

        await _changes.RunAsync(async m => await m.RemoveMembershipAsync(await m.RequireAsync(row.Id), tenant.Name, cancellationToken), cancellationToken);
    }

    public async Task SetEnabledAsync(Tenant tenant, AccountRow row, bool enabled, string actorId, CancellationToken cancellationToken = default)
    {
        RequireOwner(tenant, row);
        if (!enabled && row.Id == actorId)
        {
            throw new AccountException("Bạn không thể tự vô hiệu hóa tài khoản của mình.");
        }

        await _changes.RunAsync(async m => await m.SetEnabledAsync(await m.RequireAsync(row.Id), enabled, cancellationToken), cancellationToken);
    }

    public async Task EndSessionsAsync(Tenant tenant, AccountRow row, CancellationToken cancellationToken = default)
    {
        RequireOwner(tenant, row);
        await _changes.RunAsync(async m => await m.EndSessionsAsync(await m.RequireAsync(row.Id), cancellationToken), cancellationToken);
    }

    public async Task ResetTwoFactorAsync(Tenant tenant, AccountRow row, CancellationToken cancellationToken = default)
    {
        RequireOwner(tenant, row);
        await _changes.RunAsync(async m =>
        {
            var account = await m.RequireAsync(row.Id);
            await m.ResetTwoFactorAsync(account, cancellationToken);
            await m.EndSessionsAsync(account, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>An administrator sets a temporary password; the owner must choose a new one at next sign-in.</summary>
    public async Task SetPasswordAsync(Tenant tenant, AccountRow row, string? password, CancellationToken cancellationToken = default)
    {
        RequireOwner(tenant, row);
        if (string.IsNullOrEmpty(password))
        {
            throw new AccountException("Vui lòng nhập mật khẩu tạm thời.");
        }

        await _changes.RunAsync(async m =>
        {
            var account = await m.RequireAsync(row.Id);
            await m.SetPasswordAsync(account, password, mustChange: true, cancellationToken);
            await m.Users.SetLockoutEndDateAsync(account, null);
        }, cancellationToken);
    }

    /// <summary>Roles a membership may name: the standard ones and those the tenant defined.</summary>
    public async Task<IReadOnlyList<string>> AvailableRolesAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        var stored = await _db.TenantRoles.AsNoTracking().Where(r => r.TenantName == tenant.Name).Select(r => r.Name).ToListAsync(cancellationToken);
        return [.. StandardRoles.All.Union(stored, StringComparer.Ordinal)];
    }

    private async Task ValidateRolesAsync(Tenant tenant, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var available = await AvailableRolesAsync(tenant, cancellationToken);
        var unknown = roles.Where(r => !available.Contains(r, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new AccountException($"Đơn vị không có vai trò: {string.Join(", ", unknown)}.");
        }
    }

    private static string ExistingMessage(string? email, string home) =>
        $"Tài khoản '{email}' đã có và thuộc đơn vị '{home}'. Thêm tài khoản của đơn vị khác vào đơn vị này là một bước riêng cần xác nhận " +
        "(trên biểu mẫu: xác nhận; qua API: POST /api/users/existing). Đơn vị chính của tài khoản sẽ thấy và có thể gỡ việc này.";

    /// <summary>Both trails: the joining tenant's (who added whom) and the home tenant's (so it sees its account was taken in elsewhere).</summary>
    private static async Task RecordJoinedAsync(AccountManager manager, Tenant tenant, string email, string home, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var details = $"home={home} tenant={tenant.Name} roles={string.Join(",", roles)}";
        await manager.AuditAsync(new AuditEvent("membership", "added.existing", email, details) { TenantName = tenant.Name }, cancellationToken);
        await manager.AuditAsync(new AuditEvent("membership", "added.elsewhere", email, details) { TenantName = home }, cancellationToken);
    }

    private static string LikePattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static void RequireOwner(Tenant tenant, AccountRow row)
    {
        if (!OwnsAccount(tenant, row))
        {
            throw new AccountOwnershipException("Tài khoản này thuộc đơn vị khác; ở đây chỉ thay đổi được vai trò trong đơn vị. Hãy liên hệ quản trị cấp tỉnh.");
        }
    }

    /// <summary>Sign-in details only for the account's home department and the province (probe S3: no reading them by "adding" an account).</summary>
    private AccountRow Row(Tenant tenant, Account a, IReadOnlyList<string>? roles)
    {
        var owner = tenant.IsHost || a.HomeTenant == tenant.Name;
        return new(
            a.Id, a.Email ?? "", a.FullName, a.HomeTenant, a.IsEnabled,
            owner ? a.TwoFactorEnabled : null,
            owner ? a.LockoutEnd is { } end && end > _clock.GetUtcNow() : null,
            a.CreatedUtc, owner ? a.LastSignInUtc : null, roles);
    }
}
