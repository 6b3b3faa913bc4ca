using System.Diagnostics;
using Intranet.Mail.Models.Webmail;
using Intranet.Mail.Services.Webmail;
using MailKit;
using MailKit.Search;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Xunit.Abstractions;

namespace Intranet.Mail.Tests;

/// <summary>The webmail's service layer against the real Dovecot and Postfix: paging, reading, moving, search, quota, sending.</summary>
[Collection(MailServerCollection.Name)]
public sealed class WebmailServiceTests
{
    private static readonly int[] Pages = [1, 2, 3, 9];
    private readonly MailServerFixture _servers;
    private readonly WebmailHarness _mail;
    private readonly ITestOutputHelper _output;

    public WebmailServiceTests(MailServerFixture servers, ITestOutputHelper output)
    {
        _servers = servers;
        _mail = new WebmailHarness(servers);
        _output = output;
    }

    [Fact]
    public async Task MessageList_IsPagedNewestFirst_FromAFolderOfSixty_AndTheMasterLoginIsAuditedOnce()
    {
        var (_, tenant) = await _mail.NewDomainAsync();
        var (account, email) = await _mail.PersonAsync("Nguyễn Thị Lưu Trữ", tenant);
        var start = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7));
        await _mail.AppendAsync(email, "Luu tru", Enumerable.Range(1, 60).Select(n => WebmailHarness.Numbered(email, n, start.AddHours(n))));
        var audit = _servers.Mail.Services.GetRequiredService<RecordingAuditTrail>();
        var loginsBefore = audit.Events.Count(e => e.Action == "webmail.login" && e.Subject == email);

        var timings = new List<double>();
        var pages = await _mail.WithMailboxAsync(account, async (mailbox, _) =>
        {
            var result = new List<WebmailMessagePage>();
            foreach (var page in Pages)
            {
                var watch = Stopwatch.StartNew();
                result.Add(await mailbox.ListMessagesAsync("Luu tru", page));
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }

            return result;
        });
        _output.WriteLine("List page times (ms, first includes the login): " + string.Join(", ", timings.Select(t => t.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))));

        Assert.All(pages, p => Assert.Equal(60, p.Total));
        Assert.Equal(25, pages[0].Items.Count);
        Assert.Equal("Công văn số 060", pages[0].Items[0].Subject);
        Assert.Equal("Công văn số 036", pages[0].Items[^1].Subject);
        Assert.Equal("Công văn số 035", pages[1].Items[0].Subject);
        Assert.Equal(10, pages[2].Items.Count);
        Assert.Equal("Công văn số 001", pages[2].Items[^1].Subject);
        Assert.Equal(3, pages[3].Page); // past the end: the last page
        Assert.Equal("Phòng Tổng hợp", pages[0].Items[0].FromName);
        Assert.True(pages[0].Items[0].Size > 100);
        Assert.False(pages[0].Items[0].IsSeen);
        var dates = pages.Take(3).SelectMany(p => p.Items).Select(i => i.Date).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);

        // One login served the four pages (and the pooled connection serves the next request too).
        await _mail.WithMailboxAsync(account, (mailbox, _) => mailbox.GetFoldersAsync());
        var logins = audit.Events.Where(e => e.Action == "webmail.login" && e.Subject == email).ToList();
        Assert.Equal(loginsBefore + 1, logins.Count);
        Assert.Contains("đơn vị: Default", logins[^1].Details, StringComparison.Ordinal); // no tenant context here; the host test checks a department
        Assert.DoesNotContain(_servers.MasterPassword, logins[^1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_MarksSeen_MarkUnreadUndoesIt_AndFolderCountsFollow()
    {
        var (_, tenant) = await _mail.NewDomainAsync();
        var (account, email) = await _mail.PersonAsync("Trần Văn Đọc", tenant);
        await _mail.AppendAsync(email, "INBOX", Enumerable.Range(1, 3).Select(n => WebmailHarness.Numbered(email, n, DateTimeOffset.Now.AddMinutes(n))));

        await _mail.WithMailboxAsync(account, async (mailbox, _) =>
        {
            var inbox = (await mailbox.GetFoldersAsync())[0];
            Assert.Equal(("INBOX", "Hộp thư đến", 3, 3), (inbox.FullName, inbox.DisplayName, inbox.Total, inbox.Unread));
            var folders = await mailbox.GetFoldersAsync();
            Assert.Contains(folders, f => f.Kind == WebmailFolderKind.Sent && f.DisplayName == "Thư đã gửi");
            Assert.Contains(folders, f => f.Kind == WebmailFolderKind.Trash && f.DisplayName == "Thùng rác");

            var newest = (await mailbox.ListMessagesAsync("INBOX", 1)).Items[0];
            var message = await mailbox.GetMessageAsync("INBOX", newest.Uid, markSeen: true);
            Assert.Equal("Công văn số 003", message.Subject);
            Assert.True((await mailbox.ListMessagesAsync("INBOX", 1)).Items[0].IsSeen);
            Assert.Equal(2, (await mailbox.GetFoldersAsync())[0].Unread);

            await mailbox.SetSeenAsync("INBOX", newest.Uid, false);
            Assert.False((await mailbox.ListMessagesAsync("INBOX", 1)).Items[0].IsSeen);
            Assert.Equal(3, (await mailbox.GetFoldersAsync())[0].Unread);
            await Assert.ThrowsAsync<WebmailNotFoundException>(() => mailbox.GetMessageAsync("INBOX", 999_999, true));
            await Assert.ThrowsAsync<WebmailNotFoundException>(() => mailbox.ListMessagesAsync("Khong co thu muc nay", 1));
            return 0;
        });
    }

    [Fact]
    public async Task Move_Delete_ToTrash_ThenFromTrash_IsExpunged()
    {
        var (_, tenant) = await _mail.NewDomainAsync();
        var (account, email) = await _mail.PersonAsync("Lê Thị Dọn", tenant);
        await _mail.AppendAsync(email, "Du an", [WebmailHarness.Numbered(email, 900, DateTimeOffset.Now)]);
        await _mail.AppendAsync(email, "INBOX", Enumerable.Range(1, 2).Select(n => WebmailHarness.Numbered(email, n, DateTimeOffset.Now.AddMinutes(n))));

        await _mail.WithMailboxAsync(account, async (mailbox, _) =>
        {
            var first = (await mailbox.ListMessagesAsync("INBOX", 1)).Items.Single(i => i.Subject == "Công văn số 001");
            await mailbox.MoveAsync("INBOX", first.Uid, "Du an");
            Assert.Equal(2, (await mailbox.ListMessagesAsync("Du an", 1)).Total);
            Assert.Equal(1, (await mailbox.ListMessagesAsync("INBOX", 1)).Total);

            var second = (await mailbox.ListMessagesAsync("INBOX", 1)).Items.Single();
            await mailbox.DeleteAsync("INBOX", second.Uid);
            Assert.Equal(0, (await mailbox.ListMessagesAsync("INBOX", 1)).Total);
            var trash = (await mailbox.GetFoldersAsync()).Single(f => f.Kind == WebmailFolderKind.Trash);
            var trashed = (await mailbox.ListMessagesAsync(trash.FullName, 1)).Items.Single();
            Assert.Equal("Công văn số 002", trashed.Subject);

            await mailbox.DeleteAsync(trash.FullName, trashed.Uid);
            Assert.Equal(0, (await mailbox.ListMessagesAsync(trash.FullName, 1)).Total);
            return 0;
        });

        // Gone for good: not even a \Deleted message left behind in Trash.
        using var client = await MailClient.ImapAsync(_servers.ImapPort, email, WebmailHarness.Password);
        var trashFolder = client.GetFolder(SpecialFolder.Trash)!;
        await trashFolder.OpenAsync(FolderAccess.ReadOnly);
        Assert.Equal(0, trashFolder.Count);
    }

    [Fact]
    public async Task Search_FindsBySubjectAndSender_AndBodyOnlyWhenAsked_Paged()
    {
        var (_, tenant) = await _mail.NewDomainAsync();
        var (account, email) = await _mail.PersonAsync("Phạm Văn Tìm", tenant);
        var messages = Enumerable.Range(1, 30).Select(n => WebmailHarness.Numbered(email, n, DateTimeOffset.Now.AddMinutes(n))).ToList();
        messages.Add(MailClient.Message("Sở Tài chính <taichinh@stc.tinh.test>", email, "Dự toán ngân sách 2027", "Đề nghị rà soát mã số KHOBAU-77."));
        await _mail.AppendAsync(email, "INBOX", messages);

        await _mail.WithMailboxAsync(account, async (mailbox, _) =>
        {
            var bySubject = await mailbox.SearchAsync("INBOX", new WebmailSearch("ngân sách"), 1);
            Assert.Equal("Dự toán ngân sách 2027", Assert.Single(bySubject.Items).Subject);
            var bySender = await mailbox.SearchAsync("INBOX", new WebmailSearch("taichinh@stc"), 1);
            Assert.Equal("Sở Tài chính", Assert.Single(bySender.Items).FromName);
            Assert.Equal(0, (await mailbox.SearchAsync("INBOX", new WebmailSearch("KHOBAU-77"), 1)).Total);
            Assert.Equal(1, (await mailbox.SearchAsync("INBOX", new WebmailSearch("KHOBAU-77", IncludeBody: true), 1)).Total);

            var paged = await mailbox.SearchAsync("INBOX", new WebmailSearch("Công văn"), 2);
            Assert.Equal(30, paged.Total);
            Assert.Equal(5, paged.Items.Count);
            Assert.Equal("Công văn số 005", paged.Items[0].Subject);
            return 0;
        });
    }

    [Fact]
    public async Task Quota_IsReadFromDovecot()
    {
        var (_, tenant) = await _mail.NewDomainAsync(quotaMb: 50);
        var (account, email) = await _mail.PersonAsync("Hoàng Thị Hạn Mức", tenant);
        await _mail.AppendAsync(email, "INBOX", [WebmailHarness.Numbered(email, 1, DateTimeOffset.Now)]);
        var quota = await _mail.WithMailboxAsync(account, (mailbox, _) => mailbox.GetQuotaAsync());
        Assert.NotNull(quota);
        Assert.Equal(50L * 1024 * 1024, quota.LimitBytes);
        Assert.InRange(quota.UsedBytes, 1, 64 * 1024);
    }

    [Fact]
    public async Task Send_WithAttachment_IsDelivered_AndACopyIsInSentMarkedRead_AndAudited()
    {
        var (_, tenant) = await _mail.NewDomainAsync();
        var (an, anEmail) = await _mail.PersonAsync("Võ Văn Gửi", tenant);
        var (_, binhEmail) = await _mail.PersonAsync("Đinh Thị Nhận", tenant);
        var subject = "Báo cáo tuần " + Guid.NewGuid().ToString("N")[..6];
        var content = "Số liệu tuần 47\n"u8.ToArray();

        await _mail.WithMailboxAsync(an, async (mailbox, services) =>
        {
            var sender = services.GetRequiredService<WebmailSender>();
            await sender.SendAsync(mailbox, new ComposeInput { To = $"Đinh Thị Nhận <{binhEmail}>", Subject = subject, Body = "Kính gửi chị,\nBáo cáo kèm theo." },
                [new OutgoingAttachment("báo cáo tuần.csv", "text/csv", content.Length, () => new MemoryStream(content))]);
            return 0;
        });

        var received = await MailClient.WaitForAsync(_servers.ImapPort, binhEmail, WebmailHarness.Password, subject);
        Assert.NotNull(received);
        Assert.Equal(anEmail, received.From.Mailboxes.Single().Address);
        Assert.Equal("Võ Văn Gửi", received.From.Mailboxes.Single().Name);
        Assert.Contains("Báo cáo kèm theo.", received.TextBody, StringComparison.Ordinal);
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(received.Attachments));
        Assert.Equal("báo cáo tuần.csv", attachment.FileName);
        using (var decoded = new MemoryStream())
        {
            await attachment.Content!.DecodeToAsync(decoded);
            Assert.Equal(content, decoded.ToArray());
        }

        using var client = await MailClient.ImapAsync(_servers.ImapPort, anEmail, WebmailHarness.Password);
        var sent = client.GetFolder(SpecialFolder.Sent)!;
        await sent.OpenAsync(FolderAccess.ReadOnly);
        var copies = await sent.SearchAsync(SearchQuery.SubjectContains(subject).And(SearchQuery.Seen));
        Assert.Single(copies);
        Assert.Contains(_servers.Mail.Services.GetRequiredService<RecordingAuditTrail>().Events,
            e => e.Action == "webmail.sent" && e.Subject == anEmail && e.Details!.Contains(binhEmail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReplyQuotesAndThreads_ReplyAllKeepsTheOthers_ForwardCarriesTheAttachments()
    {
        var (_, tenant) = await _mail.NewDomainAsync();
        var (_, anEmail) = await _mail.PersonAsync("Lục Văn Hỏi", tenant);
        var (binh, binhEmail) = await _mail.PersonAsync("Âu Thị Đáp", tenant);
        var (_, cuongEmail) = await _mail.PersonAsync("Giáp Văn Chuyển", tenant);
        var subject = "Xin ý kiến dự thảo " + Guid.NewGuid().ToString("N")[..6];
        var original = MailClient.Message($"Lục Văn Hỏi <{anEmail}>", binhEmail, subject, "Đề nghị góp ý trước thứ Sáu.");
        original.Cc.Add(MailboxAddress.Parse(cuongEmail));
        original.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("tinh.test");
        var builder = new BodyBuilder { TextBody = "Đề nghị góp ý trước thứ Sáu." };
        builder.Attachments.Add("du-thao.txt", "Dự thảo v1"u8.ToArray(), new ContentType("text", "plain"));
        original.Body = builder.ToMessageBody();
        await _mail.AppendAsync(binhEmail, "INBOX", [original]);

        await _mail.WithMailboxAsync(binh, async (mailbox, services) =>
        {
            var sender = services.GetRequiredService<WebmailSender>();
            var uid = (await mailbox.ListMessagesAsync("INBOX", 1)).Items.Single().Uid;

            var reply = await sender.PrepareAsync(mailbox, ComposeMode.Reply, "INBOX", uid);
            Assert.Contains(anEmail, reply.To, StringComparison.Ordinal);
            Assert.Equal("Re: " + subject, reply.Subject);
            Assert.Contains("> Đề nghị góp ý trước thứ Sáu.", reply.Body, StringComparison.Ordinal);
            var all = await sender.PrepareAsync(mailbox, ComposeMode.ReplyAll, "INBOX", uid);
            Assert.Contains(cuongEmail, all.Cc, StringComparison.Ordinal);
            Assert.DoesNotContain(binhEmail, all.Cc ?? "", StringComparison.Ordinal);

            reply.Body = "Đã góp ý." + reply.Body;
            var sentReply = await sender.SendAsync(mailbox, reply, []);
            Assert.Equal(original.MessageId, sentReply.InReplyTo);
            Assert.True((await mailbox.ListMessagesAsync("INBOX", 1)).Items.Single().IsAnswered);

            var forward = await sender.PrepareAsync(mailbox, ComposeMode.Forward, "INBOX", uid);
            Assert.Equal("Fwd: " + subject, forward.Subject);
            forward.To = cuongEmail;
            await sender.SendAsync(mailbox, forward, []);
            return 0;
        });

        var answered = await MailClient.WaitForAsync(_servers.ImapPort, anEmail, WebmailHarness.Password, "Re: " + subject);
        Assert.NotNull(answered);
        Assert.Equal(original.MessageId, answered.InReplyTo);
        var forwarded = await MailClient.WaitForAsync(_servers.ImapPort, cuongEmail, WebmailHarness.Password, "Fwd: " + subject);
        Assert.NotNull(forwarded);
        Assert.Equal("du-thao.txt", Assert.IsAssignableFrom<MimePart>(Assert.Single(forwarded.Attachments)).FileName);
    }

    [Fact]
    public async Task OversizedAttachments_AndInvalidAddresses_AreRefused_AndNothingIsSent()
    {
        var (_, tenant) = await _mail.NewDomainAsync();
        var (an, anEmail) = await _mail.PersonAsync("Tạ Văn Lớn", tenant);
        var (_, binhEmail) = await _mail.PersonAsync("Khổng Thị Nhỏ", tenant);
        var subject = "Không được gửi " + Guid.NewGuid().ToString("N")[..6];
        var big = new byte[16 * 1024 * 1024];

        await _mail.WithMailboxAsync(an, async (mailbox, services) =>
        {
            var sender = services.GetRequiredService<WebmailSender>();
            var tooLarge = await Assert.ThrowsAsync<WebmailInputException>(() => sender.SendAsync(mailbox,
                new ComposeInput { To = binhEmail, Subject = subject, Body = "x" },
                [new OutgoingAttachment("lon.bin", "application/octet-stream", big.Length, () => new MemoryStream(big))]));
            Assert.Equal(413, tooLarge.StatusCode);
            Assert.Contains("Tệp đính kèm quá lớn", tooLarge.Message, StringComparison.Ordinal);

            var invalid = await Assert.ThrowsAsync<WebmailInputException>(() => sender.SendAsync(mailbox, new ComposeInput { To = $"{binhEmail}, không phải địa chỉ", Subject = subject }, []));
            Assert.Contains("không hợp lệ", invalid.Message, StringComparison.Ordinal);
            var none = await Assert.ThrowsAsync<WebmailInputException>(() => sender.SendAsync(mailbox, new ComposeInput { Subject = subject }, []));
            Assert.Contains("ít nhất một người nhận", none.Message, StringComparison.Ordinal);
            return 0;
        });

        await Task.Delay(300);
        Assert.Equal(0, await MailClient.CountAsync(_servers.ImapPort, binhEmail, WebmailHarness.Password, subject));
        using var client = await MailClient.ImapAsync(_servers.ImapPort, anEmail, WebmailHarness.Password);
        var sent = client.GetFolder(SpecialFolder.Sent)!;
        await sent.OpenAsync(FolderAccess.ReadOnly);
        Assert.Equal(0, sent.Count);
    }

    [Fact]
    public async Task ARecipientWhoseMailboxIsFull_IsNamed_AndNothingIsSent()
    {
        var (_, tenant) = await _mail.NewDomainAsync(quotaMb: 1);
        var (an, anEmail) = await _mail.PersonAsync("Lưu Văn Gửi", tenant);
        var (_, fullEmail) = await _mail.PersonAsync("Âu Thị Đầy", tenant);
        var subject = "Hồ sơ lớn " + Guid.NewGuid().ToString("N")[..6];
        var content = new byte[1_200_000];

        await _mail.WithMailboxAsync(an, async (mailbox, services) =>
        {
            var full = await Assert.ThrowsAsync<WebmailInputException>(() => services.GetRequiredService<WebmailSender>().SendAsync(mailbox,
                new ComposeInput { To = fullEmail, Subject = subject, Body = "Kèm hồ sơ." },
                [new OutgoingAttachment("ho-so.pdf", "application/pdf", content.Length, () => new MemoryStream(content))]));
            Assert.Contains($"Hộp thư của người nhận {fullEmail} đã đầy", full.Message, StringComparison.Ordinal);
            return 0;
        });

        Assert.Equal(0, await MailClient.CountAsync(_servers.ImapPort, fullEmail, WebmailHarness.Password, subject));
        using var client = await MailClient.ImapAsync(_servers.ImapPort, anEmail, WebmailHarness.Password);
        var sent = client.GetFolder(SpecialFolder.Sent)!;
        await sent.OpenAsync(FolderAccess.ReadOnly);
        Assert.Equal(0, sent.Count);
    }

    [Fact]
    public async Task AnAccountWithoutMailbox_GetsAClearVietnameseMessage()
    {
        var stranger = Accounts.Person("Người Ngoài", "don-vi-khong-co-thu");
        await using var scope = _servers.Mail.Scope();
        var error = await Assert.ThrowsAsync<WebmailUnavailableException>(() =>
            scope.ServiceProvider.GetRequiredService<WebmailSession>().OpenAsync(WebmailHarness.SignedIn(stranger)));
        Assert.Contains("chưa được cấp hộp thư công vụ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADroppedConnection_IsReplacedTransparently()
    {
        var (_, tenant) = await _mail.NewDomainAsync();
        var (account, email) = await _mail.PersonAsync("Mạc Văn Nối", tenant);
        await _mail.AppendAsync(email, "INBOX", [WebmailHarness.Numbered(email, 1, DateTimeOffset.Now)]);
        await _mail.WithMailboxAsync(account, (mailbox, _) => mailbox.ListMessagesAsync("INBOX", 1));

        // Kick every session of the user, as a Dovecot restart or idle timeout would.
        var kick = Process.Start(new ProcessStartInfo("doveadm", ["-c", Path.Combine(_servers.Base, "servers", "dovecot", "dovecot.conf"), "kick", email]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await kick.WaitForExitAsync();
        await Task.Delay(200);

        var page = await _mail.WithMailboxAsync(account, (mailbox, _) => mailbox.ListMessagesAsync("INBOX", 1));
        Assert.Equal(1, page.Total);
    }
}
