namespace Intranet.Mail.Models;

/// <summary>A distribution list; its members are <see cref="MailAlias"/> rows with this list's id.</summary>
public sealed class MailList
{
    public int Id { get; set; }

    public int DomainId { get; set; }

    public string Address { get; set; } = "";

    public string Name { get; set; } = "";

    public MailListKind Kind { get; set; }

    public string? TenantName { get; set; }

    /// <summary>For a unit list, the Directory module's unit id.</summary>
    public string? UnitId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
