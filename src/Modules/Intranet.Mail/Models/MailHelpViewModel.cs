using Intranet.Mail.Services;

namespace Intranet.Mail.Models;

/// <summary>The Vietnamese help page: settings for one domain (or placeholders when the domain is unknown).</summary>
public sealed record MailHelpViewModel(string? Domain, PublicServerOptions Servers)
{
    public string ImapHost => Domain is null ? Servers.ImapHost : Servers.HostFor(Servers.ImapHost, Domain);

    public string SmtpHost => Domain is null ? Servers.SmtpHost : Servers.HostFor(Servers.SmtpHost, Domain);
}
