namespace Intranet.Mail.Models;

public sealed class MailboxUpdateInput
{
    public string? DisplayName { get; set; }

    public long? QuotaMb { get; set; }
}
