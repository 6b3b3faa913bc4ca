using System.Diagnostics;
using Intranet.Bench.StaffDirectory;
using Intranet.Mail.Services.Webmail;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Intranet.Bench.Mail;

/// <summary>
/// The webmail's message list on a 10,000-message folder: <see cref="WebmailMailbox.ListMessagesAsync"/> (pooled
/// master-user IMAP connection, folder kept selected, NOOP + FETCH of the page's envelopes by sequence range), one DI
/// scope per call as one web request would have, for page 1, a middle page and the last page. Baseline, interleaved:
/// a raw MailKit FETCH of the same 25 envelopes on an already-open connection of the same mailbox.
/// The folder is filled by IMAP MULTIAPPEND in batches (Dovecot indexes each message as it saves it).
/// </summary>
public sealed class ListBench(MailBenchHost host, MailServers servers, string address, string password, int folderSize, int rounds)
{
    private const int Batch = 500;

    public double FillSeconds { get; private set; }

    public int Total { get; private set; }

    public int PageCount { get; private set; }

    public double FirstListMs { get; private set; }

    public double FirstRawMs { get; private set; }

    public Dictionary<string, Histogram> Webmail { get; } = [];

    public Dictionary<string, Histogram> Raw { get; } = [];

    public async Task RunAsync()
    {
        using var raw = new ImapClient();
        await raw.ConnectAsync("127.0.0.1", servers.ImapPort, SecureSocketOptions.None);
        await raw.AuthenticateAsync(address, password);
        var inbox = raw.Inbox;

        var clock = Stopwatch.StartNew();
        var random = new Random(7);
        for (var done = 0; done < folderSize; done += Batch)
        {
            var requests = Enumerable.Range(done, Math.Min(Batch, folderSize - done))
                .Select(i => (IAppendRequest)new AppendRequest(Message(i, random), i % 3 == 0 ? MessageFlags.None : MessageFlags.Seen)
                {
                    InternalDate = new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.FromHours(7)).AddMinutes(i * 50),
                })
                .ToList();
            await inbox.AppendAsync(requests);
        }

        FillSeconds = clock.Elapsed.TotalSeconds;

        // First list of the fresh folder: a new pooled master-user login, SELECT, then the page (cold caches).
        var t = Stopwatch.GetTimestamp();
        var first = await ListAsync(1);
        FirstListMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        Total = first.Total;
        PageCount = first.TotalPages;
        await inbox.OpenAsync(FolderAccess.ReadOnly);
        var pageSize = first.PageSize;
        t = Stopwatch.GetTimestamp();
        await inbox.FetchAsync(Math.Max(0, Total - pageSize), Total - 1, Request);
        FirstRawMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds;

        var pages = new (string Name, int Page)[] { ("page 1 (newest)", 1), ($"middle page {Math.Max(1, PageCount / 2)}", Math.Max(1, PageCount / 2)), ($"last page {PageCount}", PageCount) };
        foreach (var (name, _) in pages)
        {
            Webmail[name] = new Histogram($"Webmail `ListMessagesAsync`, {name}");
            Raw[name] = new Histogram($"Baseline: raw FETCH of the same {pageSize} envelopes, {name}");
        }

        for (var round = -3; round < rounds; round++)
        {
            foreach (var (name, page) in pages)
            {
                var s0 = Stopwatch.GetTimestamp();
                var listed = await ListAsync(page);
                var s1 = Stopwatch.GetTimestamp();
                var last = Total - 1 - (page - 1) * pageSize;
                var fetched = await inbox.FetchAsync(Math.Max(0, last - pageSize + 1), last, Request);
                var s2 = Stopwatch.GetTimestamp();
                if (listed.Items.Count != fetched.Count || listed.Items[0].Uid != fetched.Max(f => f.UniqueId.Id))
                {
                    throw new InvalidOperationException($"The webmail listed {listed.Items.Count} messages for {name}, the raw FETCH {fetched.Count}.");
                }

                if (round >= 0)
                {
                    Webmail[name].Add(s1 - s0);
                    Raw[name].Add(s2 - s1);
                }
            }
        }

        await raw.DisconnectAsync(true);
    }

    private static readonly FetchRequest Request = new(
        MessageSummaryItems.UniqueId | MessageSummaryItems.Envelope | MessageSummaryItems.Flags | MessageSummaryItems.Size | MessageSummaryItems.InternalDate);

    private async Task<Intranet.Mail.Models.Webmail.WebmailMessagePage> ListAsync(int page)
    {
        await using var scope = host.Scope();
        var mailbox = scope.ServiceProvider.GetRequiredService<WebmailSession>().ForAddress(address);
        return await mailbox.ListMessagesAsync("INBOX", page);
    }

    private MimeMessage Message(int i, Random random)
    {
        var message = new MimeMessage();
        var senderName = VietnameseNames.FullName(random);
        message.From.Add(new MailboxAddress(senderName, $"vanthu{i % 97}@tinh.gov.vn"));
        message.To.Add(MailboxAddress.Parse(address));
        message.Subject = $"V/v triển khai kế hoạch số {i + 1}/KH-UBND năm 2025 ({senderName})";
        message.Date = new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.FromHours(7)).AddMinutes(i * 50);
        message.Body = new TextPart("plain") { Text = $"Kính gửi các đơn vị,\n\nThực hiện chỉ đạo của UBND tỉnh, đề nghị các đơn vị báo cáo kết quả trước ngày {1 + (i % 28)}/12/2025.\n\nTrân trọng." };
        return message;
    }
}
