using Intranet.Core.Accounts;
using Intranet.Mail.Data;
using Intranet.Mail.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Mail.Services;

/// <summary>
/// Mailboxes for many accounts at once: the people of a department that has just been given a mail domain (until
/// then they only got one at their next account event). Same rules as <see cref="MailAccountEventHandler"/> — the login
/// address when it is in the domain and free, otherwise the name through the domain's pattern with the lowest free
/// number, a hash nobody can log in with until the owner's password arrives, the department's all-staff list, the
/// domain's limit — but set-wise: the domain's used addresses are read once and each batch of accounts is one
/// transaction, so 10,000 people take seconds rather than one round of queries and one commit each.
/// <see cref="MailDomainService"/> calls it when a domain gains a department, after the change has committed (reading
/// the members from inside the host recipe's transaction would wait on that transaction's own lock).
/// </summary>
public sealed class MailProvisioningService
{
    public const int BatchSize = 500;

    private readonly MailDbContext _db;
    private readonly MailListService _lists;
    private readonly MailPasswordHasher _hasher;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _clock;
    private readonly ILogger<MailProvisioningService> _logger;

    public MailProvisioningService(MailDbContext db, MailListService lists, MailPasswordHasher hasher, IServiceProvider services, TimeProvider clock, ILogger<MailProvisioningService> logger)
    {
        _db = db;
        _lists = lists;
        _hasher = hasher;
        _services = services;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Every member of the department whose home it is gets a mailbox when missing; returns how many were created.</summary>
    public async Task<int> ProvisionMembersAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        if (_services.GetService<IAccountDirectory>() is not { } directory)
        {
            return 0;
        }

        var created = 0;
        for (var skip = 0; ; skip += BatchSize)
        {
            var page = await directory.ListMembersAsync(tenantName, skip, BatchSize, cancellationToken);
            created += await ProvisionAsync(tenantName, [.. page.Where(a => a.HomeTenant == tenantName)], cancellationToken);
            if (page.Count < BatchSize)
            {
                return created;
            }
        }
    }

    /// <summary>Mailboxes in the department's domain for those of <paramref name="accounts"/> that have none; returns how many were created.</summary>
    public async Task<int> ProvisionAsync(string tenantName, IReadOnlyList<AccountInfo> accounts, CancellationToken cancellationToken = default)
    {
        var domain = await _db.DomainTenants.Where(t => t.TenantName == tenantName).Select(t => t.Domain).FirstOrDefaultAsync(cancellationToken);
        if (domain is null || accounts.Count == 0)
        {
            return 0;
        }

        if (!domain.IsActive)
        {
            _logger.LogWarning("No mailboxes for {Count} accounts of {Tenant}: domain {Domain} is suspended", accounts.Count, tenantName, domain.Name);
            return 0;
        }

        var list = await _lists.EnsureTenantListAsync(tenantName, cancellationToken);
        var suffix = "@" + domain.Name;
        var taken = (await _db.Mailboxes.Where(m => m.DomainId == domain.Id).Select(m => m.Email)
                .Concat(_db.Aliases.Where(a => a.DomainId == domain.Id).Select(a => a.Address))
                .Concat(_db.Lists.Where(l => l.DomainId == domain.Id).Select(l => l.Address))
                .ToListAsync(cancellationToken))
            .Select(e => e.ToLowerInvariant()).Where(e => e.EndsWith(suffix, StringComparison.Ordinal)).Select(MailAddress.LocalPartOf)
            .ToHashSet(StringComparer.Ordinal);
        var count = await _db.Mailboxes.CountAsync(m => m.DomainId == domain.Id, cancellationToken);
        var created = 0;
        foreach (var batch in accounts.Chunk(BatchSize))
        {
            var ids = batch.Select(a => a.Id).ToList();
            var existing = (await _db.Mailboxes.Where(m => m.AccountId != null && ids.Contains(m.AccountId)).Select(m => m.AccountId!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
            var added = new List<object>();
            var now = _clock.GetUtcNow().UtcDateTime;
            foreach (var account in batch.Where(a => !existing.Contains(a.Id)).DistinctBy(a => a.Id))
            {
                if (domain.MaxMailboxes > 0 && count >= domain.MaxMailboxes)
                {
                    _logger.LogWarning("No mailbox for account {AccountId}: domain {Domain} is full ({Max})", account.Id, domain.Name, domain.MaxMailboxes);
                    continue;
                }

                var local = MailAddress.TryNormalize(account.Email, out var login) && MailAddress.DomainOf(login) == domain.Name && !taken.Contains(MailAddress.LocalPartOf(login))
                    ? MailAddress.LocalPartOf(login)
                    : await MailAddressGenerator.FirstFreeAsync(
                        MailAddressGenerator.Base(string.IsNullOrWhiteSpace(account.FullName) ? account.Email : account.FullName, domain.AddressPattern),
                        candidate => Task.FromResult(taken.Contains(candidate)));
                taken.Add(local);
                var displayName = string.IsNullOrWhiteSpace(account.FullName) ? account.Email : account.FullName.Trim();
                var mailbox = new Mailbox
                {
                    DomainId = domain.Id,
                    LocalPart = local,
                    Email = local + suffix,
                    DisplayName = displayName.Length > 200 ? displayName[..200] : displayName,
                    AccountId = account.Id,
                    TenantName = tenantName,
                    PasswordHash = _hasher.Unusable(),
                    QuotaBytes = domain.DefaultQuotaBytes,
                    AppPasswordsOnly = account.TwoFactorEnabled,
                    IsActive = account.IsEnabled,
                    DisabledUtc = account.IsEnabled ? null : now,
                    CreatedUtc = now,
                };
                _db.Mailboxes.Add(mailbox);
                added.Add(mailbox);
                if (account.IsEnabled && list is not null)
                {
                    var member = new MailAlias
                    {
                        DomainId = list.DomainId, Address = list.Address, Destination = mailbox.Email, Kind = MailAliasKind.ListMember,
                        ListId = list.Id, CreatedUtc = now,
                    };
                    _db.Aliases.Add(member);
                    added.Add(member);
                }

                count++;
                created++;
            }

            await _db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            foreach (var entity in added)
            {
                _db.Entry(entity).State = EntityState.Detached; // the caller's context stays small across batches
            }
        }

        if (created > 0)
        {
            _logger.LogInformation("{Count} mailboxes provisioned for {Tenant} in {Domain}", created, tenantName, domain.Name);
        }

        return created;
    }
}
