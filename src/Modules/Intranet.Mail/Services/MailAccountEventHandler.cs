using Intranet.Core.Accounts;
using Intranet.Mail.Data;
using Intranet.Mail.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Intranet.Mail.Services;

/// <summary>
/// Keeps mailboxes in step with accounts: an account in a department that has a mail domain gets a mailbox;
/// its password hash follows the account's; disabling the account locks the mailbox at once; the
/// department's all-staff list follows memberships. Accounts in departments without a domain are left alone.
/// mail.db is a separate file, so these writes commit on their own (each is idempotent and re-runnable).
/// </summary>
public sealed class MailAccountEventHandler : IAccountEventHandler
{
    private readonly MailDbContext _db;
    private readonly MailboxService _mailboxes;
    private readonly MailListService _lists;
    private readonly MailDomainService _domains;
    private readonly MailPasswordHasher _hasher;
    private readonly ILogger<MailAccountEventHandler> _logger;

    public MailAccountEventHandler(MailDbContext db, MailboxService mailboxes, MailListService lists, MailDomainService domains, MailPasswordHasher hasher, ILogger<MailAccountEventHandler> logger)
    {
        _db = db;
        _mailboxes = mailboxes;
        _lists = lists;
        _domains = domains;
        _hasher = hasher;
        _logger = logger;
    }

    public async Task CreatedAsync(AccountInfo account, CancellationToken cancellationToken) => await EnsureMailboxAsync(account, cancellationToken);

    public async Task PasswordChangedAsync(AccountInfo account, string newPassword, CancellationToken cancellationToken)
    {
        var mailbox = await EnsureMailboxAsync(account, cancellationToken);
        if (mailbox is not null)
        {
            mailbox.PasswordHash = _hasher.Hash(newPassword);
            await _db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task UpdatedAsync(AccountInfo account, CancellationToken cancellationToken)
    {
        var mailbox = await EnsureMailboxAsync(account, cancellationToken);
        if (mailbox is null)
        {
            return;
        }

        mailbox.DisplayName = account.FullName.Trim().Length > 0 ? account.FullName.Trim() : mailbox.DisplayName;
        mailbox.AppPasswordsOnly = account.TwoFactorEnabled;
        mailbox.TenantName = account.HomeTenant;
        await _db.SaveChangesAsync(cancellationToken);
        if (mailbox.IsActive != account.IsEnabled)
        {
            await (account.IsEnabled ? EnabledAsync(account, cancellationToken) : DisabledAsync(account, cancellationToken));
        }
    }

    public async Task DisabledAsync(AccountInfo account, CancellationToken cancellationToken)
    {
        if (await _mailboxes.FindByAccountAsync(account.Id, cancellationToken) is { IsActive: true } mailbox)
        {
            await _mailboxes.DisableAsync(mailbox.Id, null, cancellationToken);
            _logger.LogInformation("Mailbox {Email} disabled with its account {AccountId}", mailbox.Email, account.Id);
        }
    }

    public async Task EnabledAsync(AccountInfo account, CancellationToken cancellationToken)
    {
        if (await _mailboxes.FindByAccountAsync(account.Id, cancellationToken) is { IsActive: false } mailbox)
        {
            await _mailboxes.EnableAsync(mailbox.Id, cancellationToken);
            if (mailbox.TenantName is { } tenant && await _lists.EnsureTenantListAsync(tenant, cancellationToken) is { } list)
            {
                await _lists.SetMemberAsync(list, mailbox.Email, true, cancellationToken);
            }
        }
    }

    public async Task MembershipChangedAsync(AccountInfo account, string tenantName, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var mailbox = await EnsureMailboxAsync(account, cancellationToken);
        if (mailbox is null || await _lists.EnsureTenantListAsync(tenantName, cancellationToken) is not { } list)
        {
            return;
        }

        await _lists.SetMemberAsync(list, mailbox.Email, roles.Count > 0 && mailbox.IsActive, cancellationToken);
    }

    /// <summary>The account's mailbox, created in its home department's domain when missing; null without a domain.</summary>
    public async Task<Mailbox?> EnsureMailboxAsync(AccountInfo account, CancellationToken cancellationToken)
    {
        if (await _mailboxes.FindByAccountAsync(account.Id, cancellationToken) is { } existing)
        {
            return existing;
        }

        if (await _domains.ForTenantAsync(account.HomeTenant, cancellationToken) is not { } domain)
        {
            return null;
        }

        // The login is the official address: when it is already in this domain and free, the mailbox takes it.
        string? localPart = null;
        if (MailAddress.TryNormalize(account.Email, out var login) && MailAddress.DomainOf(login) == domain.Name
            && !await _mailboxes.IsAddressTakenAsync(login, cancellationToken))
        {
            localPart = MailAddress.LocalPartOf(login);
        }

        // One transaction for the mailbox and its list membership: they appear together (Postfix reads them live), and
        // one commit (one fsync) instead of two per account, the larger part of provisioning time once hashing is out.
        await using var transaction = await _mailboxes.BeginOrJoinTransactionAsync(cancellationToken);
        Mailbox mailbox;
        try
        {
            mailbox = await _mailboxes.CreateAsync(new MailboxInput
            {
                DomainId = domain.Id,
                LocalPart = localPart,
                DisplayName = string.IsNullOrWhiteSpace(account.FullName) ? account.Email : account.FullName,
                AccountId = account.Id,
                TenantName = account.HomeTenant,
            }, cancellationToken);
        }
        catch (MailValidationException ex)
        {
            // A full or suspended domain must not stop the account itself; the administrator sees it on /admin/mail
            // and the next event for the account (or a password change) provisions it once there is room.
            _logger.LogWarning("No mailbox for account {AccountId} in {Domain}: {Reason}", account.Id, domain.Name, ex.Message);
            return null;
        }

        mailbox.AppPasswordsOnly = account.TwoFactorEnabled;
        await _db.SaveChangesAsync(cancellationToken);
        if (!account.IsEnabled)
        {
            await _mailboxes.DisableAsync(mailbox.Id, null, cancellationToken);
        }
        else if (await _lists.EnsureTenantListAsync(account.HomeTenant, cancellationToken) is { } list)
        {
            await _lists.SetMemberAsync(list, mailbox.Email, true, cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        _logger.LogInformation("Mailbox {Email} provisioned for account {AccountId}", mailbox.Email, account.Id);
        return mailbox;
    }
}
