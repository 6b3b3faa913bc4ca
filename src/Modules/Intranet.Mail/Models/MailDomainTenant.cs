namespace Intranet.Mail.Models;

/// <summary>A department (tenant) whose people get mailboxes in a domain; a tenant uses at most one domain.</summary>
public sealed class MailDomainTenant
{
    public string TenantName { get; set; } = "";

    public int DomainId { get; set; }

    public MailDomain? Domain { get; set; }
}
