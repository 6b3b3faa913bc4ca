namespace Intranet.Email.Outbox;

public sealed record OutboxItem(long Id, string TenantName, string Recipients, string Subject, OutboxState State, int Attempts,
    DateTime CreatedUtc, DateTime NextAttemptUtc, DateTime? SentUtc, string? LastError);
