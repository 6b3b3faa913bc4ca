using MailKit.Net.Imap;

namespace Intranet.Mail.Services.Webmail;

/// <summary>A logged-in IMAP connection and when it last served a request.</summary>
internal sealed class PooledImapClient(ImapClient client, DateTimeOffset lastUsed)
{
    public ImapClient Client { get; } = client;

    public DateTimeOffset LastUsed { get; set; } = lastUsed;
}
