namespace Intranet.Mail.Models;

/// <summary>What happens to a disabled mailbox's mail: an optional forward and an optional auto-reply.</summary>
public sealed class DepartureInput
{
    public string? ForwardTo { get; set; }

    public string? AutoReplySubject { get; set; }

    public string? AutoReplyText { get; set; }
}
