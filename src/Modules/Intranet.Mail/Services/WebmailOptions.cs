namespace Intranet.Mail.Services;

public sealed class WebmailOptions
{
    /// <summary>Dovecot master user name (passwd-file master-users); logins are "user@domain*{MasterUser}".</summary>
    public string MasterUser { get; set; } = "webmail";

    /// <summary>The master secret. Held only in configuration; never logged.</summary>
    public string? MasterPassword { get; set; }

    public int PageSize { get; set; } = 25;

    /// <summary>Total attachments per message (Postfix message_size_limit is 25 MiB; Base64 adds a third).</summary>
    public long MaxAttachmentBytes { get; set; } = 15 * 1024 * 1024;

    /// <summary>An authenticated IMAP connection unused this long is logged out (Dovecot checks bcrypt on each login, so they are kept).</summary>
    public int IdleSeconds { get; set; } = 120;

    /// <summary>Authenticated IMAP connections kept by the whole process (idle ones are closed first when full).</summary>
    public int MaxConnections { get; set; } = 200;

    /// <summary>Connections one mailbox may use at once (Dovecot allows 50 per user and IP).</summary>
    public int MaxConnectionsPerMailbox { get; set; } = 3;

    /// <summary>Recipients (To + Cc + Bcc) per message.</summary>
    public int MaxRecipients { get; set; } = 100;
}
