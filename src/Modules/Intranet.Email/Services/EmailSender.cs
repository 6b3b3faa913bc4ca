using Intranet.Core.Email;
using Intranet.Core.Tenants;
using Microsoft.Extensions.Logging;

namespace Intranet.Email.Services;

/// <summary>The <see cref="IEmailSender"/> every module uses; the transport is chosen once from configuration.</summary>
public sealed class EmailSender : IEmailSender
{
    private readonly MimeMessageFactory _factory;
    private readonly IEmailTransport _transport;
    private readonly ITenantAccessor _tenants;
    private readonly ILogger<EmailSender> _logger;

    public EmailSender(MimeMessageFactory factory, IEmailTransport transport, ITenantAccessor tenants, ILogger<EmailSender> logger)
    {
        _factory = factory;
        _transport = transport;
        _tenants = tenants;
        _logger = logger;
    }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mime = _factory.Create(message);
        var tenantName = _tenants.Current?.Name ?? Tenant.DefaultName;
        await _transport.DeliverAsync(mime, tenantName, cancellationToken);
        _logger.LogInformation("Email {MessageId} to {Count} recipient(s) delivered via {Transport} for tenant {Tenant}", mime.MessageId, mime.To.Count, _transport.Name, tenantName);
    }
}
