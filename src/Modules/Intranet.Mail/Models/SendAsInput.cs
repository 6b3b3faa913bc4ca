namespace Intranet.Mail.Models;

public sealed class SendAsInput
{
    /// <summary>The address that may be used as sender.</summary>
    public string? Address { get; set; }

    /// <summary>The mailbox (login) allowed to use it.</summary>
    public string? Mailbox { get; set; }
}
