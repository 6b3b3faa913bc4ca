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
}
