using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;

namespace Intranet.Mail.Services;

/// <summary>
/// The documents desktop clients fetch to set themselves up: Thunderbird's config-v1.1.xml and Outlook's POX
/// autodiscover response. Servers and ports come from <see cref="PublicServerOptions"/>.
/// </summary>
public sealed class ClientConfiguration
{
    public const string AutodiscoverResponseNs = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    public const string OutlookResponseNs = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    private readonly PublicServerOptions _servers;

    public ClientConfiguration(IOptions<MailOptions> options) => _servers = options.Value.Public;

    public PublicServerOptions Servers => _servers;

    public XDocument Thunderbird(string domain, string? helpUrl)
    {
        var provider = new XElement("emailProvider", new XAttribute("id", domain),
            new XElement("domain", domain),
            new XElement("displayName", $"Thư công vụ {domain}"),
            new XElement("displayShortName", domain),
            new XElement("incomingServer", new XAttribute("type", "imap"),
                new XElement("hostname", _servers.HostFor(_servers.ImapHost, domain)),
                new XElement("port", _servers.ImapPort),
                new XElement("socketType", _servers.ImapSocketType),
                new XElement("authentication", "password-cleartext"),
                new XElement("username", "%EMAILADDRESS%")),
            new XElement("outgoingServer", new XAttribute("type", "smtp"),
                new XElement("hostname", _servers.HostFor(_servers.SmtpHost, domain)),
                new XElement("port", _servers.SmtpPort),
                new XElement("socketType", _servers.SmtpSocketType),
                new XElement("authentication", "password-cleartext"),
                new XElement("username", "%EMAILADDRESS%")));
        if (helpUrl is not null)
        {
            provider.Add(new XElement("documentation", new XAttribute("url", helpUrl),
                new XElement("descr", new XAttribute("lang", "vi"), "Hướng dẫn cài đặt thư công vụ"),
                new XElement("descr", new XAttribute("lang", "en"), "Setting up your official mailbox")));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("clientConfig", new XAttribute("version", "1.1"), provider));
    }

    public XDocument Autodiscover(string email)
    {
        XNamespace ns = OutlookResponseNs;
        var domain = MailAddress.DomainOf(email);
        XElement Protocol(string type, string host, int port, string socketType) => new(ns + "Protocol",
            new XElement(ns + "Type", type),
            new XElement(ns + "Server", _servers.HostFor(host, domain)),
            new XElement(ns + "Port", port),
            new XElement(ns + "LoginName", email),
            new XElement(ns + "DomainRequired", "off"),
            new XElement(ns + "SPA", "off"),
            new XElement(ns + "SSL", "on"),
            socketType.Equals("STARTTLS", StringComparison.OrdinalIgnoreCase) ? new XElement(ns + "Encryption", "TLS") : null,
            new XElement(ns + "AuthRequired", "on"));
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(XName.Get("Autodiscover", AutodiscoverResponseNs),
                new XElement(ns + "Response",
                    new XElement(ns + "Account",
                        new XElement(ns + "AccountType", "email"),
                        new XElement(ns + "Action", "settings"),
                        Protocol("IMAP", _servers.ImapHost, _servers.ImapPort, _servers.ImapSocketType),
                        Protocol("SMTP", _servers.SmtpHost, _servers.SmtpPort, _servers.SmtpSocketType)))));
    }

    /// <summary>The EMailAddress of an Outlook autodiscover request, or null when the body is not such a request.</summary>
    public static async Task<string?> ReadAutodiscoverRequestAsync(Stream body, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64 * 1024 };
        try
        {
            using var reader = XmlReader.Create(body, settings);
            var document = await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken);
            return document.Descendants().FirstOrDefault(e => e.Name.LocalName == "EMailAddress")?.Value.Trim();
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
