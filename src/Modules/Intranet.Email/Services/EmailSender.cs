using Intranet.Core.Email;
using Intranet.Core.Tenants;
using Intranet.Email.Outbox;
using Microsoft.Extensions.Logging;

namespace Intranet.Email.Services;

/// <summary>
/// The <see cref="IEmailSender"/> every module uses. A message is first stored in the outbox (so an outage loses
/// nothing), then tried once at once; when that fails, <see cref="OutboxDispatcher"/> retries with back-off.
/// Bad addresses are refused here, before anything is queued.
/// </summary>
public sealed class EmailSender : IEmailSender
{
    private readonly MimeMessageFactory _factory;
    private readonly EmailOutbox _outbox;
    private readonly ITenantAccessor _tenants;
    private readonly ILogger<EmailSender> _logger;

    public EmailSender(MimeMessageFactory factory, EmailOutbox outbox, ITenantAccessor tenants, ILogger<EmailSender> logger)
    {
        _factory = factory;
        _outbox = outbox;
        _tenants = tenants;
        _logger = logger;
    }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mime = _factory.Create(message);
        var tenantName = _tenants.Current?.Name ?? Tenant.DefaultName;
        var id = await _outbox.EnqueueAsync(mime, tenantName, cancellationToken);
        var delivered = await _outbox.TryDeliverAsync(id, cancellationToken);
        _logger.LogInformation("Email {MessageId} to {Count} recipient(s) for tenant {Tenant}: {Outcome}", mime.MessageId, mime.To.Count, tenantName,
            delivered ? "delivered" : "queued for retry");
    }
}
