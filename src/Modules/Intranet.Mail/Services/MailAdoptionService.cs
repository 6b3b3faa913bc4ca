using System.Globalization;
using Intranet.Core.Accounts;
using Intranet.Mail.Data;
using Intranet.Mail.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Mail.Services;

/// <summary>
/// Adoption per department: active accounts (from the Users module) with an active mailbox, and those who used
/// mail in the last 30 days — a desktop login recorded by Dovecot's last_login plugin, or a webmail visit.
/// </summary>
public sealed class MailAdoptionService
{
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(30);

    private readonly MailDbContext _db;
    private readonly IServiceProvider _services;
    private readonly MailOptions _options;
    private readonly TimeProvider _clock;

    public MailAdoptionService(MailDbContext db, IServiceProvider services, IOptions<MailOptions> options, TimeProvider clock)
    {
        _db = db;
        _services = services;
        _options = options.Value;
        _clock = clock;
    }

    public async Task<IReadOnlyList<TenantAdoption>> PerTenantAsync(CancellationToken cancellationToken = default)
    {
        var tenants = (await _db.DomainTenants.Select(t => t.TenantName).ToListAsync(cancellationToken))
            .Concat(await _db.Mailboxes.Where(m => m.TenantName != null).Select(m => m.TenantName!).Distinct().ToListAsync(cancellationToken))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var mailboxes = await _db.Mailboxes.Where(m => m.AccountId != null)
            .Select(m => new { m.AccountId, m.Email, m.IsActive, m.LastWebmailUtc }).ToListAsync(cancellationToken);
        var byAccount = mailboxes.ToDictionary(m => m.AccountId!, StringComparer.Ordinal);
        var desktop = ReadLastLogins();
        var since = _clock.GetUtcNow().UtcDateTime - RecentWindow;
        var accounts = _services.GetService<IAccountDirectory>();
        var result = new List<TenantAdoption>();
        foreach (var tenant in tenants)
        {
            var active = new List<AccountInfo>();
            if (accounts is not null)
            {
                for (var skip = 0; ; skip += 500)
                {
                    var page = await accounts.ListMembersAsync(tenant, skip, 500, cancellationToken);
                    active.AddRange(page.Where(a => a.IsEnabled));
                    if (page.Count < 500)
                    {
                        break;
                    }
                }
            }

            var withMailbox = active.Select(a => byAccount.GetValueOrDefault(a.Id)).Where(m => m is { IsActive: true }).ToList();
            var recent = withMailbox.Count(m => m!.LastWebmailUtc >= since || (desktop.TryGetValue(m.Email, out var last) && last >= since));
            result.Add(new TenantAdoption(tenant, active.Count, withMailbox.Count, recent));
        }

        return result;
    }

    /// <summary>Dovecot's last_login dict (fs:posix): one file per user holding a Unix time.</summary>
    internal Dictionary<string, DateTime> ReadLastLogins()
    {
        var result = new Dictionary<string, DateTime>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(_options.LastLoginPath))
        {
            return result;
        }

        var folder = Path.Combine(_options.LastLoginPath, "last-login");
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            try
            {
                if (long.TryParse(File.ReadAllText(file).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
                {
                    result[Path.GetFileName(file)] = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
                }
            }
            catch (IOException)
            {
                // Dovecot is rewriting it; the next reading will have it.
            }
        }

        return result;
    }
}
