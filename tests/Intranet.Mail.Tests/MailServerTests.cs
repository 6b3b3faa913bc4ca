using System.Diagnostics;
using Intranet.Core.Accounts;
using Intranet.Mail.Models;
using Intranet.Mail.Services;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Intranet.Mail.Tests;

/// <summary>Accounts become mailboxes that real Postfix and Dovecot serve: send, read, lists, refusals.</summary>
[Collection(MailServerCollection.Name)]
public sealed class MailServerTests
{
    private const string Password = "Mật khẩu thư 2026!";
    private readonly MailServerFixture _servers;

    public MailServerTests(MailServerFixture servers) => _servers = servers;

    private int Submission => _servers.SubmissionPort;

    private int Imap => _servers.ImapPort;

    [Fact]
    public async Task ProvisionedAccount_SendsViaSubmission_AndReadsOverImap_WithMailKitAndPython()
    {
        var (domain, tenant) = await NewDomainAsync();
        var an = await ProvisionAsync(Accounts.Person("Nguyễn Văn An", tenant));
        var binh = await ProvisionAsync(Accounts.Person("Trần Thị Bình", tenant));
        Assert.Equal($"nguyenvanan@{domain}", an);
        Assert.Equal($"tranthibinh@{domain}", binh);

        var subject = "Giấy mời họp giao ban " + Guid.NewGuid().ToString("N")[..6];
        await MailClient.SubmitAsync(Submission, an, Password, MailClient.Message($"Nguyễn Văn An <{an}>", binh, subject, "Kính gửi chị Bình, mời dự họp lúc 8 giờ."));

        var received = await MailClient.WaitForAsync(Imap, binh, Password, subject);
        Assert.NotNull(received);
        Assert.Equal(an, received.From.Mailboxes.Single().Address);
        Assert.Contains("mời dự họp", received.TextBody, StringComparison.Ordinal);

        // A second, independent IMAP client: Python's imaplib, as a desktop client would speak it.
        var script = $$"""
            import imaplib, email, email.header, sys
            m = imaplib.IMAP4('127.0.0.1', {{Imap}})
            # AUTHENTICATE PLAIN carries the UTF-8 password as bytes (LOGIN would need ASCII).
            m.authenticate('PLAIN', lambda _: b'\0' + '{{binh}}'.encode() + b'\0' + sys.argv[1].encode('utf-8'))
            m.select('INBOX', readonly=True)
            typ, data = m.search(None, 'ALL')
            ids = data[0].split()
            typ, msg = m.fetch(ids[-1], '(RFC822)')
            parsed = email.message_from_bytes(msg[0][1])
            print(str(email.header.make_header(email.header.decode_header(parsed['Subject']))))
            m.logout()
            """;
        var output = await RunPythonAsync(script, Password);
        Assert.Equal(subject, output.Trim());
    }

    [Fact]
    public async Task TenantList_DeliversToEveryMember_AndUnitListFollowsPlacements()
    {
        var (domain, tenant) = await NewDomainAsync();
        var accounts = new[] { Accounts.Person("Lê Văn Cường", tenant), Accounts.Person("Phạm Thị Dung", tenant) };
        var emails = new List<string>();
        foreach (var account in accounts)
        {
            emails.Add(await ProvisionAsync(account));
            await using var scope = _servers.Mail.Scope();
            await scope.ServiceProvider.GetRequiredService<IAccountEventHandler>().MembershipChangedAsync(account, tenant, ["Member"], default);
        }

        await using (var scope = _servers.Mail.Scope())
        {
            var units = scope.ServiceProvider.GetRequiredService<Intranet.Core.OrgUnits.IOrgUnitEventHandler>();
            await units.UnitSavedAsync(new(tenant, "u1", "Phòng Hành chính", null, "phong-hanh-chinh"), default);
            await units.MemberMovedAsync(new(tenant, "u1", accounts[1].Id, emails[1], accounts[1].FullName, true), null, "u1", default);
        }

        var subject = "Thông báo toàn cơ quan " + Guid.NewGuid().ToString("N")[..6];
        await MailClient.SubmitAsync(Submission, emails[0], Password, MailClient.Message(emails[0], $"tatca@{domain}", subject));
        Assert.NotNull(await MailClient.WaitForAsync(Imap, emails[0], Password, subject));
        Assert.NotNull(await MailClient.WaitForAsync(Imap, emails[1], Password, subject));

        var unitSubject = "Việc của phòng " + Guid.NewGuid().ToString("N")[..6];
        await MailClient.SubmitAsync(Submission, emails[0], Password, MailClient.Message(emails[0], $"phong-hanh-chinh@{domain}", unitSubject));
        Assert.NotNull(await MailClient.WaitForAsync(Imap, emails[1], Password, unitSubject));
        await Task.Delay(500);
        Assert.Equal(0, await MailClient.CountAsync(Imap, emails[0], Password, unitSubject));
    }

    [Fact]
    public async Task DisabledAccount_IsRefusedAtImapLogin_AndForInboundMail()
    {
        var (_, tenant) = await NewDomainAsync();
        var account = Accounts.Person("Hoàng Văn Em", tenant);
        var email = await ProvisionAsync(account);
        using (await MailClient.ImapAsync(Imap, email, Password))
        {
            // logs in while active
        }

        await using (var scope = _servers.Mail.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IAccountEventHandler>().DisabledAsync(account with { IsEnabled = false }, default);
        }

        await Assert.ThrowsAsync<AuthenticationException>(() => MailClient.ImapAsync(Imap, email, Password));
        var refused = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            MailClient.DeliverAsync(_servers.SmtpPort, MailClient.Message("doitac@ben-ngoai.test", email, "Thư gửi người đã nghỉ")));
        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, refused.ErrorCode);
        Assert.Equal(550, (int)refused.StatusCode);
    }

    [Fact]
    public async Task WrongPassword_IsRefusedByImapAndSubmission()
    {
        var (_, tenant) = await NewDomainAsync();
        var email = await ProvisionAsync(Accounts.Person("Vũ Thị Giang", tenant));
        await Assert.ThrowsAsync<AuthenticationException>(() => MailClient.ImapAsync(Imap, email, "sai-mat-khau"));
        await Assert.ThrowsAsync<AuthenticationException>(() => MailClient.SubmitAsync(Submission, email, "sai-mat-khau", MailClient.Message(email, email, "x")));
    }

    [Fact]
    public async Task SpoofedSender_IsRefused_OnSubmissionAndOnPort25_UnlessSendAsGranted()
    {
        var (domain, tenant) = await NewDomainAsync();
        var an = await ProvisionAsync(Accounts.Person("Đỗ Văn Hải", tenant));
        var binh = await ProvisionAsync(Accounts.Person("Đặng Thị Hà", tenant));
        Assert.Equal($"dovanhai@{domain}", an);

        var spoofed = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            MailClient.SubmitAsync(Submission, an, Password, MailClient.Message(binh, binh, "Giả danh")));
        Assert.Equal(553, (int)spoofed.StatusCode);
        Assert.Contains("not owned by user", spoofed.Message, StringComparison.Ordinal);

        var outside = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            MailClient.DeliverAsync(_servers.SmtpPort, MailClient.Message(binh, an, "Giả danh từ ngoài")));
        // Port 25 evaluates sender rules at RCPT time (smtpd_delay_reject), hence the code, but the reason is the sender.
        Assert.Contains("Sender address rejected", outside.Message, StringComparison.Ordinal);

        await using (var scope = _servers.Mail.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<MailAliasService>().GrantSendAsAsync(binh, an);
        }

        var subject = "Gửi thay " + Guid.NewGuid().ToString("N")[..6];
        await MailClient.SubmitAsync(Submission, an, Password, MailClient.Message(binh, an, subject));
        Assert.NotNull(await MailClient.WaitForAsync(Imap, an, Password, subject));
    }

    [Fact]
    public async Task QuotaExceeded_RefusedAtRcpt_WithAClearReply_AndNothingStored()
    {
        var (_, tenant) = await NewDomainAsync(quotaMb: 1);
        var small = await ProvisionAsync(Accounts.Person("Bùi Văn Khánh", tenant));
        var sender = await ProvisionAsync(Accounts.Person("Ngô Thị Lan", tenant));
        var subject = "Tệp lớn " + Guid.NewGuid().ToString("N")[..6];

        // A colleague's client (submission) learns at once that it did not go, instead of a bounce later.
        var refused = await Assert.ThrowsAsync<SmtpCommandException>(
            () => MailClient.SubmitAsync(Submission, sender, Password, LargeMessage(sender, small, subject, 1_500_000)));
        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, refused.ErrorCode);
        Assert.Equal(552, (int)refused.StatusCode);
        Assert.Contains("Mailbox is full", refused.Message, StringComparison.Ordinal);

        // Another mail server (port 25, no AUTH) is refused the same way, so no bounce is ever generated here.
        var outside = LargeMessage("cong-van@ben-ngoai.test", small, subject, 1_500_000);
        var fromOutside = await Assert.ThrowsAsync<SmtpCommandException>(() => MailClient.DeliverAsync(_servers.SmtpPort, outside));
        Assert.Equal(552, (int)fromOutside.StatusCode);

        // Mail that fits is still delivered, and nothing of the refused ones was stored.
        var fits = "Vừa đủ " + Guid.NewGuid().ToString("N")[..6];
        await MailClient.SubmitAsync(Submission, sender, Password, MailClient.Message(sender, small, fits));
        Assert.NotNull(await MailClient.WaitForAsync(Imap, small, Password, fits));
        Assert.Equal(0, await MailClient.CountAsync(Imap, small, Password, subject));
        Assert.Null(await MailClient.WaitForAsync(Imap, sender, Password, "Undelivered", TimeSpan.FromSeconds(1)));
    }

    private static MimeMessage LargeMessage(string from, string to, string subject, int bytes)
    {
        var message = MailClient.Message(from, to, subject);
        var builder = new BodyBuilder { TextBody = "Kèm tệp." };
        builder.Attachments.Add("bao-cao.bin", Enumerable.Repeat((byte)'x', bytes).ToArray());
        message.Body = builder.ToMessageBody();
        return message;
    }

    [Fact]
    public async Task Departure_WithForwardAndAutoReply_ForwardsAndAnswers_WhileLoginStaysRefused()
    {
        var (_, tenant) = await NewDomainAsync();
        var leaver = Accounts.Person("Trịnh Văn Minh", tenant);
        var leaverEmail = await ProvisionAsync(leaver);
        var colleague = await ProvisionAsync(Accounts.Person("Lý Thị Ngọc", tenant));
        var partner = await ProvisionAsync(Accounts.Person("Mai Văn Oanh", tenant));
        await using (var scope = _servers.Mail.Scope())
        {
            var mailboxes = scope.ServiceProvider.GetRequiredService<MailboxService>();
            var mailbox = await mailboxes.FindByEmailAsync(leaverEmail);
            await mailboxes.DisableAsync(mailbox!.Id, new DepartureInput
            {
                ForwardTo = colleague,
                AutoReplySubject = "Đã chuyển công tác",
                AutoReplyText = "Tôi đã chuyển công tác. Xin liên hệ chị Ngọc.",
            });
        }

        await Assert.ThrowsAsync<AuthenticationException>(() => MailClient.ImapAsync(Imap, leaverEmail, Password));
        var subject = "Hỏi về hồ sơ " + Guid.NewGuid().ToString("N")[..6];
        await MailClient.SubmitAsync(Submission, partner, Password, MailClient.Message(partner, leaverEmail, subject));
        Assert.NotNull(await MailClient.WaitForAsync(Imap, colleague, Password, subject));
        var reply = await MailClient.WaitForAsync(Imap, partner, Password, "Đã chuyển công tác");
        Assert.NotNull(reply);
        Assert.Contains("liên hệ chị Ngọc", reply.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("auto-replied", reply.Headers["Auto-Submitted"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondFactorAccount_UsesAppPasswords_AndTheWebmailMasterLoginWorksUntilDisabled()
    {
        var (_, tenant) = await NewDomainAsync();
        var account = Accounts.Person("Cao Thị Phương", tenant, twoFactor: true);
        var email = await ProvisionAsync(account);
        await Assert.ThrowsAsync<AuthenticationException>(() => MailClient.ImapAsync(Imap, email, Password));

        string appPassword;
        await using (var scope = _servers.Mail.Scope())
        {
            var mailboxes = scope.ServiceProvider.GetRequiredService<MailboxService>();
            var mailbox = await mailboxes.FindByEmailAsync(email);
            (_, appPassword) = await mailboxes.AddAppPasswordAsync(mailbox!.Id, "Thunderbird máy bàn");
            await mailboxes.AddAppPasswordAsync(mailbox.Id, "Điện thoại");
        }

        using (await MailClient.ImapAsync(Imap, email, appPassword))
        {
        }

        using (await MailClient.ImapAsync(Imap, email + "*webmail", _servers.MasterPassword))
        {
        }

        await Assert.ThrowsAsync<AuthenticationException>(() => MailClient.ImapAsync(Imap, email + "*webmail", "khong-phai-bi-mat"));
        await using (var scope = _servers.Mail.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IAccountEventHandler>().DisabledAsync(account with { IsEnabled = false }, default);
        }

        await Assert.ThrowsAsync<AuthenticationException>(() => MailClient.ImapAsync(Imap, email + "*webmail", _servers.MasterPassword));
        await Assert.ThrowsAsync<AuthenticationException>(() => MailClient.ImapAsync(Imap, email, appPassword));
    }

    private async Task<(string Domain, string Tenant)> NewDomainAsync(long quotaMb = 0)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var domain = $"so{id}.tinh.test";
        var tenant = $"so-{id}";
        await using var scope = _servers.Mail.Scope();
        await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput { Name = domain, DefaultQuotaMb = quotaMb, Tenants = [tenant] });
        return (domain, tenant);
    }

    private async Task<string> ProvisionAsync(AccountInfo account)
    {
        await using var scope = _servers.Mail.Scope();
        var handler = scope.ServiceProvider.GetRequiredService<IAccountEventHandler>();
        await handler.CreatedAsync(account, default);
        await handler.PasswordChangedAsync(account, Password, default);
        var mailbox = await scope.ServiceProvider.GetRequiredService<MailboxService>().FindByAccountAsync(account.Id);
        return mailbox!.Email;
    }

    private static async Task<string> RunPythonAsync(string script, string argument)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("-");
        start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }
}
