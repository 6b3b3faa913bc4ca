using Intranet.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Users.Services;

/// <summary>
/// Writes to the audit trail when the AuditTrail module provides one; otherwise to the log, so sign-ins are
/// never silently unrecorded. Never pass secrets in an event.
/// </summary>
public sealed class AuditRecorder
{
    private readonly IServiceProvider _services;
    private readonly ILogger<AuditRecorder> _logger;

    public AuditRecorder(IServiceProvider services, ILogger<AuditRecorder> logger)
    {
        _services = services;
        _logger = logger;
    }

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        if (_services.GetService<IAuditTrail>() is { } trail)
        {
            await trail.RecordAsync(auditEvent, cancellationToken);
            return;
        }

        _logger.LogInformation("Audit {Category}/{Action} subject={Subject} succeeded={Succeeded} actor={Actor} details={Details}",
            auditEvent.Category, auditEvent.Action, auditEvent.Subject, auditEvent.Succeeded, auditEvent.Actor, auditEvent.Details);
    }
}
