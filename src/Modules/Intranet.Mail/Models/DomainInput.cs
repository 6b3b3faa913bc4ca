namespace Intranet.Mail.Models;

/// <summary>What an administrator sets on a domain (API and form).</summary>
public sealed class DomainInput
{
    public string? Name { get; set; }

    public int MaxMailboxes { get; set; }

    public int MaxAliases { get; set; }

    /// <summary>Default quota for new mailboxes in MiB; 0 = unlimited.</summary>
    public long DefaultQuotaMb { get; set; }

    public string? AddressPattern { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Departments whose people get mailboxes here.</summary>
    public List<string> Tenants { get; set; } = [];
}
