using System.Diagnostics;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace Intranet.Mail.Tests;

/// <summary>What a desktop client does, with MailKit: submit with AUTH, read over IMAP.</summary>
public static class MailClient
{
    public static MimeMessage Message(string from, string to, string subject, string body = "Nội dung thư thử nghiệm.")
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    public static async Task SubmitAsync(int port, string login, string password, MimeMessage message)
    {
        // An explicit HELO name: without it the client looks up its own name, which can take seconds.
        using var client = new SmtpClient { LocalDomain = "may-tram.tinh.test" };
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        await client.AuthenticateAsync(login, password);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    /// <summary>Port 25 style: no AUTH, as another mail server would deliver.</summary>
    public static async Task DeliverAsync(int port, MimeMessage message)
    {
        using var client = new SmtpClient { LocalDomain = "mx.ben-ngoai.test" };
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    public static async Task<ImapClient> ImapAsync(int port, string login, string password)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        await client.AuthenticateAsync(login, password);
        return client;
    }

    /// <summary>Waits (up to 15 s) until INBOX has a message with the subject; returns it, or null.</summary>
    public static async Task<MimeMessage?> WaitForAsync(int port, string login, string password, string subject, TimeSpan? timeout = null)
    {
        var watch = Stopwatch.StartNew();
        using var client = await ImapAsync(port, login, password);
        var inbox = client.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadOnly);
        while (watch.Elapsed < (timeout ?? TimeSpan.FromSeconds(15)))
        {
            var ids = await inbox.SearchAsync(SearchQuery.SubjectContains(subject));
            if (ids.Count > 0)
            {
                return await inbox.GetMessageAsync(ids[^1]);
            }

            await Task.Delay(100);
            await inbox.CheckAsync();
        }

        return null;
    }

    public static async Task<int> CountAsync(int port, string login, string password, string subject)
    {
        using var client = await ImapAsync(port, login, password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        return (await client.Inbox.SearchAsync(SearchQuery.SubjectContains(subject))).Count;
    }
}
