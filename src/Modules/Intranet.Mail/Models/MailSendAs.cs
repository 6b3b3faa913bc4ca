namespace Intranet.Mail.Models;

/// <summary>Lets a mailbox send as another address (a list, a shared address). Read by Postfix.</summary>
public sealed class MailSendAs
{
    public int Id { get; set; }

    public string Address { get; set; } = "";

    public int MailboxId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
