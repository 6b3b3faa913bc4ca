namespace Intranet.Mail.Models;

/// <summary>A mail domain (one per department, or a province domain shared by several). Read by Postfix.</summary>
public sealed class MailDomain
{
    public int Id { get; set; }

    /// <summary>Lower-case domain name, e.g. "sotttt.tinh.gov.vn".</summary>
    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;

    /// <summary>0 means no limit.</summary>
    public int MaxMailboxes { get; set; }

    /// <summary>0 means no limit. Counts alias addresses, not destinations.</summary>
    public int MaxAliases { get; set; }

    /// <summary>Quota given to new mailboxes; 0 means unlimited.</summary>
    public long DefaultQuotaBytes { get; set; }

    /// <summary>How local parts are made from a name: see <see cref="Services.MailAddressGenerator"/>.</summary>
    public string AddressPattern { get; set; } = Services.MailAddressGenerator.DefaultPattern;

    public DateTime CreatedUtc { get; set; }

    public List<MailDomainTenant> Tenants { get; set; } = [];
}
