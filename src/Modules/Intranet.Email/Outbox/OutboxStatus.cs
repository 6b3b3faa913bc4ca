namespace Intranet.Email.Outbox;

/// <summary>What administrators see: counts per state and the latest messages.</summary>
public sealed record OutboxStatus(int Pending, int Sent, int Failed, DateTime? OldestPendingUtc, IReadOnlyList<OutboxItem> Recent);
