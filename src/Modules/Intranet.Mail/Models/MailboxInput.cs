using Intranet.Core.Validation;

namespace Intranet.Mail.Models;

/// <summary>A mailbox an administrator creates by hand (a shared or functional mailbox, or a person's).</summary>
public sealed class MailboxInput
{
    public int DomainId { get; set; }

    /// <summary>Empty: made from <see cref="DisplayName"/> with the domain's pattern.</summary>
    public string? LocalPart { get; set; }

    [Name]
    public string? DisplayName { get; set; }

    /// <summary>Empty: no usable password until one is set (accounts set it when they change theirs).</summary>
    public string? Password { get; set; }

    /// <summary>Null: the domain's default quota. 0: unlimited.</summary>
    public long? QuotaMb { get; set; }

    public string? AccountId { get; set; }

    public string? TenantName { get; set; }
}
