namespace Intranet.Email.Outbox;

public enum OutboxState
{
    Pending = 0,
    Sent = 1,

    /// <summary>Gave up after the maximum number of attempts; an administrator may retry it.</summary>
    Failed = 2,
}
