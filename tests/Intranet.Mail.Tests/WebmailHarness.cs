using System.Security.Claims;
using Intranet.Core.Accounts;
using Intranet.Mail.Models;
using Intranet.Mail.Services;
using Intranet.Mail.Services.Webmail;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Intranet.Mail.Tests;

/// <summary>Mailboxes on the real servers for webmail tests: provisioning, a signed-in principal, filling a folder by APPEND.</summary>
public sealed class WebmailHarness
{
    public const string Password = "Mật khẩu thư 2026!";

    private readonly MailServerFixture _servers;
    private readonly string _password;

    public WebmailHarness(MailServerFixture servers, string password = Password)
    {
        _servers = servers;
        _password = password;
    }

    public async Task<(string Domain, string Tenant)> NewDomainAsync(long quotaMb = 0)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var domain = $"wm{id}.tinh.test";
        var tenant = $"wm-{id}";
        await using var scope = _servers.Mail.Scope();
        await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput { Name = domain, DefaultQuotaMb = quotaMb, Tenants = [tenant] });
        return (domain, tenant);
    }

    public async Task<(AccountInfo Account, string Email)> PersonAsync(string fullName, string tenant)
    {
        var account = Accounts.Person(fullName, tenant);
        await using var scope = _servers.Mail.Scope();
        var handler = scope.ServiceProvider.GetRequiredService<IAccountEventHandler>();
        await handler.CreatedAsync(account, default);
        await handler.PasswordChangedAsync(account, Password, default);
        var mailbox = await scope.ServiceProvider.GetRequiredService<MailboxService>().FindByAccountAsync(account.Id);
        return (account, mailbox!.Email);
    }

    public static ClaimsPrincipal SignedIn(AccountInfo account) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, account.Id), new Claim(ClaimTypes.Email, account.Email)], "test"));

    /// <summary>Runs <paramref name="body"/> with the account's mailbox opened as the webmail does for a request.</summary>
    public async Task<T> WithMailboxAsync<T>(AccountInfo account, Func<WebmailMailbox, IServiceProvider, Task<T>> body)
    {
        await using var scope = _servers.Mail.Scope();
        var mailbox = await scope.ServiceProvider.GetRequiredService<WebmailSession>().OpenAsync(SignedIn(account));
        return await body(mailbox, scope.ServiceProvider);
    }

    /// <summary>APPENDs messages straight into a folder (creating it), as a migration tool would: fast, no delivery.</summary>
    public async Task AppendAsync(string email, string folder, IEnumerable<MimeMessage> messages, MessageFlags flags = MessageFlags.None)
    {
        using var client = await MailClient.ImapAsync(_servers.ImapPort, email, _password);
        IMailFolder target = folder == "INBOX" ? client.Inbox : await EnsureFolderAsync(client, folder);
        await target.AppendAsync(messages.Select(m => (IAppendRequest)new AppendRequest(m, flags) { InternalDate = m.Date }).ToList());
        await client.DisconnectAsync(true);
    }

    public static MimeMessage Numbered(string to, int number, DateTimeOffset date, string from = "Phòng Tổng hợp <tonghop@ubnd.tinh.test>")
    {
        var message = MailClient.Message(from, to, $"Công văn số {number:D3}", $"Nội dung công văn số {number:D3}.");
        message.Date = date;
        return message;
    }

    private static async Task<IMailFolder> EnsureFolderAsync(ImapClient client, string name)
    {
        try
        {
            return await client.GetFolderAsync(name);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(name, isMessageFolder: true) ?? throw new InvalidOperationException("CREATE failed");
        }
    }
}
