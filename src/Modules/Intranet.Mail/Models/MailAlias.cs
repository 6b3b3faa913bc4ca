namespace Intranet.Mail.Models;

/// <summary>One destination of an alias address (Postfix joins the rows for an address with commas).</summary>
public sealed class MailAlias
{
    public int Id { get; set; }

    public int DomainId { get; set; }

    public string Address { get; set; } = "";

    public string Destination { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public MailAliasKind Kind { get; set; }

    /// <summary>The list this row is a member of, for list rows.</summary>
    public int? ListId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
