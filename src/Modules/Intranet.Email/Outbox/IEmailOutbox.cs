namespace Intranet.Email.Outbox;

/// <summary>The outbox as other modules (the mail administration page) may see and nudge it.</summary>
public interface IEmailOutbox
{
    Task<OutboxStatus> StatusAsync(int recent = 20, CancellationToken cancellationToken = default);

    /// <summary>Makes a pending or failed message due now.</summary>
    Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Delivers every message due at <paramref name="nowUtc"/>; returns how many were sent.</summary>
    Task<int> DeliverDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default);
}
