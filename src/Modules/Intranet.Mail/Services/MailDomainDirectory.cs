using Intranet.Core.Accounts;
using Intranet.Mail.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Mail.Services;

/// <summary>
/// The domains mail.db knows and the departments using them. Read even where the Mail feature is off: the domains
/// stay a record of which department an address belongs to, and mail.db always exists (created at start).
/// </summary>
public sealed class MailDomainDirectory : IMailDomainDirectory
{
    private readonly MailDbContext _db;

    public MailDomainDirectory(MailDbContext db) => _db = db;

    public async Task<IReadOnlyList<string>> DomainsOfTenantAsync(string tenantName, CancellationToken cancellationToken = default) =>
        await _db.DomainTenants.AsNoTracking().Where(t => t.TenantName == tenantName).Select(t => t.Domain!.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>?> TenantsOfDomainAsync(string domain, CancellationToken cancellationToken = default)
    {
        var name = domain.Trim().TrimEnd('.').ToLowerInvariant();
        var found = await _db.Domains.AsNoTracking().Where(d => d.Name == name)
            .Select(d => new { Tenants = d.Tenants.Select(t => t.TenantName).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        return found?.Tenants;
    }
}
