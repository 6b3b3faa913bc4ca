namespace Intranet.Mail.Models;

/// <summary>A mailbox, read by Postfix (delivery) and Dovecot (login, quota).</summary>
public sealed class Mailbox
{
    public int Id { get; set; }

    public int DomainId { get; set; }

    public MailDomain? Domain { get; set; }

    public string LocalPart { get; set; } = "";

    /// <summary>Lower-case full address; the IMAP/SMTP login.</summary>
    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>The intranet account it belongs to; null for a shared or functional mailbox.</summary>
    public string? AccountId { get; set; }

    /// <summary>The account's home department when provisioned, for adoption figures and lists.</summary>
    public string? TenantName { get; set; }

    /// <summary>"{BLF-CRYPT}$2…", which Dovecot verifies.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>0 means unlimited.</summary>
    public long QuotaBytes { get; set; }

    /// <summary>False: IMAP/SMTP login refused and mail refused (unless <see cref="AutoReply"/>).</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>A disabled mailbox still accepts mail only to answer it with the administrator's Sieve auto-reply.</summary>
    public bool AutoReply { get; set; }

    public string? AutoReplySubject { get; set; }

    public string? AutoReplyText { get; set; }

    /// <summary>Where mail goes after departure (also held as a forward alias row).</summary>
    public string? ForwardTo { get; set; }

    /// <summary>The account uses a second factor: IMAP/SMTP accept application passwords only.</summary>
    public bool AppPasswordsOnly { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? DisabledUtc { get; set; }

    /// <summary>Last webmail use (Dovecot records desktop logins itself).</summary>
    public DateTime? LastWebmailUtc { get; set; }

    public List<MailAppPassword> AppPasswords { get; set; } = [];
}
