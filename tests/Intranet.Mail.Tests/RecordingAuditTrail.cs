using System.Collections.Concurrent;
using Intranet.Core.Audit;

namespace Intranet.Mail.Tests;

/// <summary>Keeps audit events in memory (the AuditTrail module is not part of these service-level tests).</summary>
public sealed class RecordingAuditTrail : IAuditTrail
{
    public ConcurrentQueue<AuditEvent> Events { get; } = new();

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        Events.Enqueue(auditEvent);
        return Task.CompletedTask;
    }
}
