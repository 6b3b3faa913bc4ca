using Intranet.Core.Validation;

namespace Intranet.Mail.Models;

public sealed class MailboxUpdateInput
{
    [Name]
    public string? DisplayName { get; set; }

    public long? QuotaMb { get; set; }
}
