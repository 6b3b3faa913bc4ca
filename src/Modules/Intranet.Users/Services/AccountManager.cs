using Intranet.Core.Accounts;
using Intranet.Core.Audit;
using Intranet.Core.Tenants;
using Intranet.Core.Validation;
using Intranet.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>
/// Every change to an account, its password, its sessions and its memberships: validated, audited, and told to
/// every <see cref="IAccountEventHandler"/>. Run it through <see cref="AccountChanges"/> so each change is one transaction.
/// </summary>
public sealed class AccountManager
{
    private readonly UserManager<Account> _users;
    private readonly UsersDbContext _db;
    private readonly AccountEvents _events;
    private readonly AuditRecorder _audit;
    private readonly InitialAdministratorFile _initialAdmin;
    private readonly TimeProvider _clock;

    public AccountManager(UserManager<Account> users, UsersDbContext db, AccountEvents events, AuditRecorder audit, InitialAdministratorFile initialAdmin, TimeProvider clock)
    {
        _users = users;
        _db = db;
        _events = events;
        _audit = audit;
        _initialAdmin = initialAdmin;
        _clock = clock;
    }

    public UserManager<Account> Users => _users;

    public Task<Account?> FindByEmailAsync(string email) => _users.FindByEmailAsync(email.Trim());

    public Task<Account?> FindByIdAsync(string id) => _users.FindByIdAsync(id);

    public async Task<Account> RequireAsync(string id) =>
        await _users.FindByIdAsync(id) ?? throw new AccountException("Không tìm thấy tài khoản.");

    /// <summary>Creates an account. Without a password it has none usable until a reset.</summary>
    public async Task<Account> CreateAsync(string email, string fullName, string? homeTenant, string? password, bool mustChangePassword, CancellationToken cancellationToken = default)
    {
        email = email.Trim();
        fullName = fullName.Trim();
        if (fullName.Length is 0 or > 200)
        {
            throw new AccountException("Họ và tên là bắt buộc (tối đa 200 ký tự).");
        }

        if (NameRule.Check(fullName, "Họ và tên") is { } invalidName)
        {
            throw new AccountException(invalidName);
        }

        if (Intranet.Core.Text.UnicodeText.HasInvalid(email) || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || email.Length > 256)
        {
            throw new AccountException($"Địa chỉ email '{email}' không hợp lệ.");
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var account = new Account
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = fullName,
            HomeTenant = homeTenant ?? Tenant.DefaultName,
            CreatedUtc = now,
            LockoutEnabled = true,
            MustChangePassword = password is not null && mustChangePassword,
            PasswordChangedUtc = password is null ? null : now,
        };
        var result = password is null ? await _users.CreateAsync(account) : await _users.CreateAsync(account, password);
        Check(result);
        var info = AccountDirectory.ToInfo(account);
        await _audit.RecordAsync(new AuditEvent("account", "created", email, $"home={account.HomeTenant}") { TenantName = Tenant.DefaultName }, cancellationToken);
        await _events.CreatedAsync(info, cancellationToken);
        if (password is not null)
        {
            await _events.PasswordChangedAsync(info, password, cancellationToken);
        }

        return account;
    }

    public async Task UpdateAsync(Account account, string fullName, string homeTenant, CancellationToken cancellationToken = default)
    {
        fullName = fullName.Trim();
        if (fullName.Length is 0 or > 200)
        {
            throw new AccountException("Họ và tên là bắt buộc (tối đa 200 ký tự).");
        }

        if (NameRule.Check(fullName, "Họ và tên") is { } invalidName)
        {
            throw new AccountException(invalidName);
        }

        if (!TenantNames.IsValidName(homeTenant) && homeTenant != Tenant.DefaultName)
        {
            throw new AccountException($"Đơn vị '{homeTenant}' không hợp lệ.");
        }

        var changes = new List<string>();
        if (account.FullName != fullName)
        {
            changes.Add("fullName");
        }

        if (account.HomeTenant != homeTenant)
        {
            changes.Add($"home {account.HomeTenant}→{homeTenant}");
        }

        if (changes.Count == 0)
        {
            return;
        }

        account.FullName = fullName;
        account.HomeTenant = homeTenant;
        Check(await _users.UpdateAsync(account));
        await _audit.RecordAsync(new AuditEvent("account", "updated", account.Email, string.Join(", ", changes)) { TenantName = Tenant.DefaultName }, cancellationToken);
        await _events.UpdatedAsync(AccountDirectory.ToInfo(account), cancellationToken);
    }

    /// <summary>Sets a password someone else chose (administrator, recipe): the owner must change it at next sign-in.</summary>
    public async Task SetPasswordAsync(Account account, string password, bool mustChange, CancellationToken cancellationToken = default)
    {
        await ValidatePasswordAsync(account, password);
        if (await _users.HasPasswordAsync(account))
        {
            Check(await _users.RemovePasswordAsync(account));
        }

        Check(await _users.AddPasswordAsync(account, password));
        await PasswordSetAsync(account, password, mustChange, "password.set", cancellationToken);
    }

    public async Task ChangePasswordAsync(Account account, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        if (!await _users.CheckPasswordAsync(account, currentPassword))
        {
            throw new AccountException("Mật khẩu hiện tại không đúng.");
        }

        if (currentPassword == newPassword)
        {
            throw new AccountException("Mật khẩu mới phải khác mật khẩu hiện tại.");
        }

        Check(await _users.ChangePasswordAsync(account, currentPassword, newPassword));
        await PasswordSetAsync(account, newPassword, mustChange: false, "password.changed", cancellationToken);
    }

    public async Task ResetPasswordAsync(Account account, string token, string newPassword, CancellationToken cancellationToken = default)
    {
        Check(await _users.ResetPasswordAsync(account, token, newPassword));
        await PasswordSetAsync(account, newPassword, mustChange: false, "password.reset", cancellationToken);
    }

    public async Task SetEnabledAsync(Account account, bool enabled, CancellationToken cancellationToken = default)
    {
        if (account.IsEnabled == enabled)
        {
            return;
        }

        account.IsEnabled = enabled;
        Check(await _users.UpdateAsync(account));
        Check(await _users.UpdateSecurityStampAsync(account)); // every live cookie and token stops at the next request
        var info = AccountDirectory.ToInfo(account);
        await _audit.RecordAsync(new AuditEvent("account", enabled ? "enabled" : "disabled", account.Email) { TenantName = Tenant.DefaultName }, cancellationToken);
        if (enabled)
        {
            await _events.EnabledAsync(info, cancellationToken);
        }
        else
        {
            await _events.DisabledAsync(info, cancellationToken);
        }
    }

    /// <summary>Ends every session of the account (browser cookies and API tokens) at their next request.</summary>
    public async Task EndSessionsAsync(Account account, CancellationToken cancellationToken = default)
    {
        Check(await _users.UpdateSecurityStampAsync(account));
        await _audit.RecordAsync(new AuditEvent("account", "sessions.ended", account.Email) { TenantName = Tenant.DefaultName }, cancellationToken);
    }

    /// <summary>Turns TOTP off and forgets the key and recovery codes (a lost phone); the owner may enrol again.</summary>
    public async Task ResetTwoFactorAsync(Account account, CancellationToken cancellationToken = default)
    {
        Check(await _users.SetTwoFactorEnabledAsync(account, false));
        Check(await _users.RemoveAuthenticationTokenAsync(account, "[AspNetUserStore]", "AuthenticatorKey"));
        Check(await _users.RemoveAuthenticationTokenAsync(account, "[AspNetUserStore]", "RecoveryCodes"));
        account.TotpLastTimeStep = null;
        Check(await _users.UpdateAsync(account));
        await _audit.RecordAsync(new AuditEvent("account", "two-factor.reset", account.Email) { TenantName = Tenant.DefaultName }, cancellationToken);
        await _events.UpdatedAsync(AccountDirectory.ToInfo(account), cancellationToken);
    }

    /// <summary>Makes the account a member of the tenant with exactly these roles (an empty list keeps it a member without roles).</summary>
    public async Task SetMembershipAsync(Account account, string tenantName, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        var cleaned = roles.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var membership = await _db.Memberships.FirstOrDefaultAsync(m => m.AccountId == account.Id && m.TenantName == tenantName, cancellationToken);
        if (membership is null)
        {
            _db.Memberships.Add(new TenantMembership { AccountId = account.Id, TenantName = tenantName, Roles = cleaned, CreatedUtc = _clock.GetUtcNow().UtcDateTime });
        }
        else if (membership.Roles.Order(StringComparer.Ordinal).SequenceEqual(cleaned))
        {
            return;
        }
        else
        {
            membership.Roles = cleaned;
        }

        await _db.SaveChangesAsync(cancellationToken);
        await _audit.RecordAsync(new AuditEvent("membership", membership is null ? "added" : "roles.changed", account.Email, "roles=" + string.Join(",", cleaned)) { TenantName = tenantName }, cancellationToken);
        await _events.MembershipChangedAsync(AccountDirectory.ToInfo(account), tenantName, cleaned, cancellationToken);
    }

    /// <summary>The account's roles in the tenant, or null when it is not a member.</summary>
    public async Task<IReadOnlyList<string>?> RolesInAsync(Account account, string tenantName, CancellationToken cancellationToken = default) =>
        await _db.Memberships.AsNoTracking()
            .Where(m => m.AccountId == account.Id && m.TenantName == tenantName)
            .Select(m => m.Roles)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task RemoveMembershipAsync(Account account, string tenantName, CancellationToken cancellationToken = default)
    {
        var membership = await _db.Memberships.FirstOrDefaultAsync(m => m.AccountId == account.Id && m.TenantName == tenantName, cancellationToken);
        if (membership is null)
        {
            return;
        }

        _db.Memberships.Remove(membership);
        await _db.SaveChangesAsync(cancellationToken);
        await _audit.RecordAsync(new AuditEvent("membership", "removed", account.Email) { TenantName = tenantName }, cancellationToken);
        await _events.MembershipChangedAsync(AccountDirectory.ToInfo(account), tenantName, [], cancellationToken);
    }

    /// <summary>Records an event inside this change's transaction (another tenant's trail included).</summary>
    public Task AuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) => _audit.RecordAsync(auditEvent, cancellationToken);

    public async Task ValidatePasswordAsync(Account account, string password)
    {
        var errors = new List<string>();
        foreach (var validator in _users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(_users, account, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            throw new AccountException(errors.Distinct());
        }
    }

    private async Task PasswordSetAsync(Account account, string password, bool mustChange, string action, CancellationToken cancellationToken)
    {
        account.PasswordChangedUtc = _clock.GetUtcNow().UtcDateTime;
        account.MustChangePassword = mustChange;
        Check(await _users.UpdateAsync(account));
        await _audit.RecordAsync(new AuditEvent("account", action, account.Email) { TenantName = Tenant.DefaultName }, cancellationToken);
        await _events.PasswordChangedAsync(AccountDirectory.ToInfo(account), password, cancellationToken);
        if (!mustChange)
        {
            _initialAdmin.DeleteIfFor(account.Email);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AccountException(result.Errors.Select(e => e.Description).Distinct());
        }
    }
}
