namespace Intranet.Email.Outbox;

/// <summary>A notification waiting for (or done with) delivery. The MIME bytes are kept so a retry sends the same message.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public string TenantName { get; set; } = "";

    public string MessageId { get; set; } = "";

    public string Recipients { get; set; } = "";

    public string Subject { get; set; } = "";

    public byte[] Mime { get; set; } = [];

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>The node that claimed the message last (it sent it, when <see cref="State"/> is Sent).</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until then no other node takes the message; a node that died holding it loses it then.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    /// <summary>The transport's last error, without secrets (SMTP replies and socket errors only).</summary>
    public string? LastError { get; set; }
}
