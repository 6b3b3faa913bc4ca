using System.Security.Claims;
using Intranet.Core.Accounts;
using Intranet.Core.Audit;
using Intranet.Core.Tenants;
using Intranet.Mail.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Mail.Services.Webmail;

/// <summary>
/// The signed-in account's mailbox, for one request. The mailbox is found from the account id in the cookie,
/// never from a parameter; every master-user login it causes is written to the audit trail (who, which mailbox,
/// from which department).
/// </summary>
public sealed class WebmailSession
{
    private readonly IServiceProvider _services;
    private readonly MailboxService _mailboxes;
    private readonly MailDbContext _db;
    private readonly WebmailClientPool _pool;
    private readonly MailOptions _options;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public WebmailSession(IServiceProvider services, MailboxService mailboxes, MailDbContext db, WebmailClientPool pool, IOptions<MailOptions> options, IAuditTrail audit, TimeProvider clock)
    {
        _services = services;
        _mailboxes = mailboxes;
        _db = db;
        _pool = pool;
        _options = options.Value;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>
    /// The reader's own mailbox. An account whose department has a mail domain but no mailbox yet gets one now
    /// (the same idempotent provisioning the account events run); without an active mailbox the Vietnamese
    /// <see cref="WebmailUnavailableException"/> explains why.
    /// </summary>
    public async Task<WebmailMailbox> OpenAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var accountId = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new WebmailUnavailableException("Cần đăng nhập để dùng thư công vụ.");
        var mailbox = await _mailboxes.FindByAccountAsync(accountId, cancellationToken);
        if (mailbox is null && _services.GetService<IAccountDirectory>() is { } accounts
            && await accounts.FindByIdAsync(accountId, cancellationToken) is { IsEnabled: true } account)
        {
            mailbox = await _services.GetRequiredService<MailAccountEventHandler>().EnsureMailboxAsync(account, cancellationToken);
        }

        if (mailbox is null)
        {
            throw new WebmailUnavailableException("Tài khoản của bạn chưa được cấp hộp thư công vụ (đơn vị chưa có tên miền thư). Xin liên hệ quản trị thư của đơn vị.", 200);
        }

        if (!mailbox.IsActive)
        {
            throw new WebmailUnavailableException("Hộp thư công vụ của bạn đang bị khoá. Xin liên hệ quản trị thư của đơn vị.", 200);
        }

        var id = mailbox.Id;
        return Create(mailbox.Email, mailbox.DisplayName, async ct =>
        {
            await _db.Mailboxes.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.LastWebmailUtc, _clock.GetUtcNow().UtcDateTime), ct);
        });
    }

    /// <summary>
    /// A mailbox by address, for trusted server-side callers only (benchmarks, tools): no account check.
    /// Web requests must use <see cref="OpenAsync"/>.
    /// </summary>
    public WebmailMailbox ForAddress(string address, string? displayName = null) =>
        Create(address.Trim().ToLowerInvariant(), displayName ?? address, _ => Task.CompletedTask);

    /// <summary>Writes a send (or another mailbox action worth keeping) to the audit trail.</summary>
    public Task AuditAsync(string action, string address, string details, CancellationToken cancellationToken) =>
        _audit.RecordAsync(new AuditEvent("mail", action, address, details + " (đơn vị: " + TenantName + ")"), cancellationToken);

    private string TenantName => _services.GetService<ITenantAccessor>()?.Current?.Name ?? "Default";

    private WebmailMailbox Create(string address, string displayName, Func<CancellationToken, Task> onLogin) =>
        new(address, displayName, _options.Webmail.PageSize, _pool, async ct =>
        {
            // Who (the request's user), which mailbox, from which department; never the secret.
            await AuditAsync("webmail.login", address, $"Webmail đăng nhập IMAP vào hộp thư {address} bằng tài khoản chủ '{_options.Webmail.MasterUser}'", ct);
            await onLogin(ct);
        });
}
