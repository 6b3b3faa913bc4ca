namespace Intranet.Core.Audit;

/// <summary>The append-only, hash-chained audit trail every module writes to.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
