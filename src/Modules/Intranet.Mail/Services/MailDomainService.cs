using Intranet.Core.Data;
using Intranet.Mail.Data;
using Intranet.Mail.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Mail.Services;

/// <summary>Mail domains, their limits and the departments that use them.</summary>
public sealed class MailDomainService
{
    public const long Mebibyte = 1024 * 1024;

    private readonly MailDbContext _db;
    private readonly TimeProvider _clock;
    private readonly IServiceProvider _services;
    private readonly ILogger<MailDomainService> _logger;

    public MailDomainService(MailDbContext db, TimeProvider clock, IServiceProvider services, ILogger<MailDomainService> logger)
    {
        _db = db;
        _clock = clock;
        _services = services;
        _logger = logger;
    }

    public async Task<Paged<DomainSummary>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, 200));
        var query = _db.Domains.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(d => d.Name.Contains(term) || d.Tenants.Any(t => t.TenantName.Contains(term)));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(d => d.Name).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new DomainSummary(
                d.Id, d.Name, d.IsActive, d.MaxMailboxes, d.MaxAliases, d.DefaultQuotaBytes / Mebibyte, d.AddressPattern,
                d.Tenants.Select(t => t.TenantName).OrderBy(t => t).ToList(),
                _db.Mailboxes.Count(m => m.DomainId == d.Id),
                _db.Mailboxes.Count(m => m.DomainId == d.Id && m.IsActive),
                _db.Aliases.Where(a => a.DomainId == d.Id && a.Kind == MailAliasKind.Alias).Select(a => a.Address).Distinct().Count()))
            .ToListAsync(cancellationToken);
        return new Paged<DomainSummary>(items, page, pageSize, total);
    }

    public async Task<DomainSummary?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        await _db.Domains.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new DomainSummary(
                d.Id, d.Name, d.IsActive, d.MaxMailboxes, d.MaxAliases, d.DefaultQuotaBytes / Mebibyte, d.AddressPattern,
                d.Tenants.Select(t => t.TenantName).OrderBy(t => t).ToList(),
                _db.Mailboxes.Count(m => m.DomainId == d.Id),
                _db.Mailboxes.Count(m => m.DomainId == d.Id && m.IsActive),
                _db.Aliases.Where(a => a.DomainId == d.Id && a.Kind == MailAliasKind.Alias).Select(a => a.Address).Distinct().Count()))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<MailDomain?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var normal = name.Trim().ToLowerInvariant();
        return _db.Domains.FirstOrDefaultAsync(d => d.Name == normal, cancellationToken);
    }

    /// <summary>The domain a department's people get mailboxes in, or null when it has none.</summary>
    public Task<MailDomain?> ForTenantAsync(string tenantName, CancellationToken cancellationToken = default) =>
        _db.DomainTenants.Where(t => t.TenantName == tenantName).Select(t => t.Domain).FirstOrDefaultAsync(cancellationToken);

    public async Task<int> CreateAsync(DomainInput input, CancellationToken cancellationToken = default)
    {
        var name = MailAddress.NormalizeDomain(input.Name);
        if (await _db.Domains.AnyAsync(d => d.Name == name, cancellationToken))
        {
            throw MailValidationException.For("name", $"Tên miền {name} đã có.");
        }

        var domain = new MailDomain { Name = name, CreatedUtc = _clock.GetUtcNow().UtcDateTime };
        var added = await ApplyAsync(domain, input, cancellationToken);
        _db.Domains.Add(domain);
        await _db.SaveChangesAsync(cancellationToken);
        await ProvisionMembersAsync(added, cancellationToken);
        return domain.Id;
    }

    public async Task UpdateAsync(int id, DomainInput input, CancellationToken cancellationToken = default)
    {
        var domain = await _db.Domains.Include(d => d.Tenants).FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"Không có tên miền #{id}.");
        if (input.Name is { Length: > 0 } && MailAddress.NormalizeDomain(input.Name) != domain.Name)
        {
            throw MailValidationException.For("name", "Không đổi được tên của một tên miền đang dùng; hãy tạo tên miền mới.");
        }

        var (wasActive, oldLimit) = (domain.IsActive, domain.MaxMailboxes);
        var added = await ApplyAsync(domain, input, cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);

        // A limit raised (or lifted) or a domain resumed: the people left without a mailbox get one now.
        var loosened = (domain.IsActive && !wasActive)
            || (oldLimit > 0 && (domain.MaxMailboxes == 0 || domain.MaxMailboxes > oldLimit));
        await ProvisionMembersAsync(loosened ? [.. domain.Tenants.Select(t => t.TenantName)] : added, cancellationToken);
    }

    public async Task DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var domain = await _db.Domains.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"Không có tên miền #{id}.");
        if (await _db.Mailboxes.AnyAsync(m => m.DomainId == id, cancellationToken)
            || await _db.Aliases.AnyAsync(a => a.DomainId == id, cancellationToken)
            || await _db.Lists.AnyAsync(l => l.DomainId == id, cancellationToken))
        {
            throw new MailValidationException($"Tên miền {domain.Name} còn hộp thư, bí danh hoặc nhóm thư; hãy xoá chúng trước.");
        }

        _db.Domains.Remove(domain);
        await _db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// People who were already members of a department that now uses this domain get their mailboxes at once (until
    /// then they would wait for their next account event). Inside a recipe or another change this runs once that change
    /// has committed: reading the members from within the host transaction would wait on its own lock. It is
    /// idempotent, so a failure here is logged and repaired by the next account event or the next save of the domain.
    /// </summary>
    private async Task ProvisionMembersAsync(IReadOnlyList<string> tenants, CancellationToken cancellationToken)
    {
        if (tenants.Count == 0 || _services.GetService<IServiceScopeFactory>() is not { } scopes)
        {
            return;
        }

        async Task Run(CancellationToken token)
        {
            // A scope of its own: the caller's contexts may still be bound to the transaction that just closed.
            await using var scope = scopes.CreateAsyncScope();
            var provisioning = scope.ServiceProvider.GetRequiredService<MailProvisioningService>();
            foreach (var tenant in tenants)
            {
                try
                {
                    var created = await provisioning.ProvisionMembersAsync(tenant, token);
                    _logger.LogInformation("{Count} mailboxes created for the existing members of {Tenant}", created, tenant);
                }
                catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or MailValidationException)
                {
                    _logger.LogError(ex, "Mailboxes for the existing members of {Tenant} were not all created", tenant);
                }
            }
        }

        if (_services.GetService<DataTransactionScope>() is { IsActive: true } transaction)
        {
            transaction.AfterCommit(Run);
        }
        else
        {
            await Run(cancellationToken);
        }
    }

    /// <summary>Applies the input; returns the departments newly given this domain.</summary>
    private async Task<IReadOnlyList<string>> ApplyAsync(MailDomain domain, DomainInput input, CancellationToken cancellationToken)
    {
        if (input.MaxMailboxes < 0 || input.MaxAliases < 0 || input.DefaultQuotaMb < 0)
        {
            throw new MailValidationException("Giới hạn và hạn mức không được âm (0 là không giới hạn).");
        }

        var pattern = string.IsNullOrWhiteSpace(input.AddressPattern) ? MailAddressGenerator.DefaultPattern : input.AddressPattern.Trim();
        MailAddressGenerator.ValidatePattern(pattern);
        if (domain.Id != 0 && input.MaxMailboxes > 0)
        {
            var count = await _db.Mailboxes.CountAsync(m => m.DomainId == domain.Id, cancellationToken);
            if (count > input.MaxMailboxes)
            {
                throw MailValidationException.For("maxMailboxes", $"Tên miền đang có {count} hộp thư, không hạ giới hạn xuống {input.MaxMailboxes} được.");
            }
        }

        domain.MaxMailboxes = input.MaxMailboxes;
        domain.MaxAliases = input.MaxAliases;
        domain.DefaultQuotaBytes = input.DefaultQuotaMb * Mebibyte;
        domain.AddressPattern = pattern;
        domain.IsActive = input.IsActive;

        var wanted = input.Tenants.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var elsewhere = await _db.DomainTenants.Where(t => wanted.Contains(t.TenantName) && t.DomainId != domain.Id)
            .Select(t => new { t.TenantName, t.Domain!.Name }).FirstOrDefaultAsync(cancellationToken);
        if (elsewhere is not null)
        {
            throw MailValidationException.For("tenants", $"Đơn vị {elsewhere.TenantName} đã dùng tên miền {elsewhere.Name}; mỗi đơn vị chỉ dùng một tên miền.");
        }

        domain.Tenants.RemoveAll(t => !wanted.Contains(t.TenantName));
        var added = wanted.Where(w => domain.Tenants.All(t => t.TenantName != w)).ToList();
        foreach (var tenant in added)
        {
            domain.Tenants.Add(new MailDomainTenant { TenantName = tenant });
        }

        return added;
    }
}
