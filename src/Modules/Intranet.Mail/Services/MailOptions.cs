namespace Intranet.Mail.Services;

/// <summary>Configuration section "Intranet:Mail".</summary>
public sealed class MailOptions
{
    public const string Section = "Intranet:Mail";

    /// <summary>mail.db, relative to App_Data unless absolute. Must match the path the daemons were installed with.</summary>
    public string DatabasePath { get; set; } = "mail/mail.db";

    /// <summary>Administrators' Sieve scripts (auto-reply after departure), one per mailbox: {dir}/{domain}/{local}.sieve.</summary>
    public string SieveAdminPath { get; set; } = "mail/sieve";

    /// <summary>Dovecot's last_login folder (BASE/state/last-login); empty when Dovecot runs elsewhere.</summary>
    public string? LastLoginPath { get; set; }

    /// <summary>BCrypt cost for mailbox hashes (Dovecot verifies each login: keep it 10–12).</summary>
    public int BcryptCost { get; set; } = 10;

    /// <summary>Local part of the all-staff list of a department ("tatca@…").</summary>
    public string TenantListLocalPart { get; set; } = "tatca";

    /// <summary>Servers as the intranet reaches them (webmail, tests).</summary>
    public MailServerOptions Imap { get; set; } = new() { Host = "127.0.0.1", Port = 10143, Security = "None" };

    public MailServerOptions Submission { get; set; } = new() { Host = "127.0.0.1", Port = 10587, Security = "None" };

    /// <summary>Servers as desktop clients reach them (autoconfig, help page).</summary>
    public PublicServerOptions Public { get; set; } = new();

    public WebmailOptions Webmail { get; set; } = new();
}
