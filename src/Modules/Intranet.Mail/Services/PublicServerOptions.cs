namespace Intranet.Mail.Services;

/// <summary>What Thunderbird and Outlook are told. "{domain}" is replaced by the address's domain.</summary>
public sealed class PublicServerOptions
{
    public string ImapHost { get; set; } = "mail.{domain}";

    public int ImapPort { get; set; } = 993;

    /// <summary>"SSL" (implicit TLS) or "STARTTLS", as in Thunderbird's format.</summary>
    public string ImapSocketType { get; set; } = "SSL";

    public string SmtpHost { get; set; } = "mail.{domain}";

    public int SmtpPort { get; set; } = 587;

    public string SmtpSocketType { get; set; } = "STARTTLS";

    public string HostFor(string template, string domain) => template.Replace("{domain}", domain, StringComparison.OrdinalIgnoreCase);
}
