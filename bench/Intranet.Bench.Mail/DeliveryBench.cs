using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Intranet.Bench.StaffDirectory;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Intranet.Bench.Mail;

/// <summary>
/// Submit → visible: an authenticated submission (port 587 style, MailKit) from one provisioned mailbox to another,
/// timed until the recipient's IMAP connection, in IDLE on INBOX, is told of the new message (EXISTS). Messages go one
/// at a time (the next is sent once the previous is seen), so each figure is one message's path: smtpd → cleanup →
/// qmgr → lmtp → Dovecot LMTP (Sieve, quota) → Maildir → IDLE. Baselines on a second connection of the recipient,
/// interleaved with the messages: NOOP (one IMAP round trip) and APPEND of the same message (Dovecot storing it).
/// </summary>
public sealed partial class DeliveryBench(MailServers servers, string sender, string recipient, string password, int messages)
{
    private const int WarmUp = 5;
    private TaskCompletionSource<long> _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected;

    public Histogram SubmitToVisible { get; } = new("Submit → visible over IMAP (SMTP send + queue + LMTP + IDLE EXISTS)");

    public Histogram SubmitAccepted { get; } = new("… of which the submission itself (MAIL FROM … DATA → 250 queued)");

    public Histogram QueuedToVisible { get; } = new("… of which queued → IDLE EXISTS (qmgr, LMTP delivery, Dovecot notify)");

    public Histogram SubmitToPolled { get; } = new("Submit → visible to a NOOP poll every 2 ms (same path, no IDLE)");

    public Histogram AppendToIdle { get; } = new("APPEND to the watched INBOX from the 2nd connection → IDLE EXISTS");

    public Histogram Noop { get; } = new("Baseline: IMAP NOOP round trip (2nd connection)");

    public Histogram Append { get; } = new("Baseline: IMAP APPEND of the same message to another folder (2nd connection)");

    /// <summary>Postfix's own split of each delivery (log field delays=a/b/c/d), in ms: before qmgr, in qmgr, connection setup, transmission.</summary>
    public List<double[]> PostfixDelays { get; } = [];

    public async Task RunAsync()
    {
        using var smtp = new SmtpClient { LocalDomain = "may-tram.tinh.test" };
        await smtp.ConnectAsync("127.0.0.1", servers.SubmissionPort, SecureSocketOptions.None);
        await smtp.AuthenticateAsync(sender, password);

        using var watcher = new ImapClient();
        await watcher.ConnectAsync("127.0.0.1", servers.ImapPort, SecureSocketOptions.None);
        await watcher.AuthenticateAsync(recipient, password);
        var inbox = watcher.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadOnly);
        _expected = inbox.Count;
        inbox.CountChanged += (_, _) =>
        {
            if (inbox.Count >= Volatile.Read(ref _expected))
            {
                _arrived.TrySetResult(Stopwatch.GetTimestamp());
            }
        };

        using var other = new ImapClient();
        await other.ConnectAsync("127.0.0.1", servers.ImapPort, SecureSocketOptions.None);
        await other.AuthenticateAsync(recipient, password);
        var benchFolder = await other.GetFolder(other.PersonalNamespaces[0]).CreateAsync("Bench", true)
            ?? throw new InvalidOperationException("Dovecot did not create the Bench folder.");
        var otherInbox = other.Inbox;

        using var stopIdle = new CancellationTokenSource();
        var idle = watcher.IdleAsync(stopIdle.Token);
        await Task.Delay(500); // IDLE established before the first message

        for (var i = 0; i < WarmUp + messages; i++)
        {
            var record = i >= WarmUp;
            var message = Message(i);

            var t = Stopwatch.GetTimestamp();
            await other.NoOpAsync();
            if (record)
            {
                Noop.Add(Stopwatch.GetTimestamp() - t);
            }

            t = Stopwatch.GetTimestamp();
            await benchFolder.AppendAsync(message);
            if (record)
            {
                Append.Add(Stopwatch.GetTimestamp() - t);
            }

            // Dovecot's notification path alone: a message stored straight into the watched INBOX.
            Expect();
            t = Stopwatch.GetTimestamp();
            await otherInbox.AppendAsync(Message(i, "(append)"));
            var seen = await WaitAsync();
            if (record)
            {
                AppendToIdle.Add(seen - t);
            }

            Expect();
            var t0 = Stopwatch.GetTimestamp();
            await smtp.SendAsync(message);
            var t1 = Stopwatch.GetTimestamp();
            var t2 = await WaitAsync();
            if (record)
            {
                SubmitToVisible.Add(t2 - t0);
                SubmitAccepted.Add(t1 - t0);
                QueuedToVisible.Add(t2 - t1);
            }
        }

        await stopIdle.CancelAsync();
        try
        {
            await idle;
        }
        catch (OperationCanceledException)
        {
        }

        // Without IDLE: the same path polled with NOOP every 2 ms, i.e. when the message is visible to any IMAP command.
        for (var i = 0; i < WarmUp + messages; i++)
        {
            var expected = inbox.Count + 1;
            var t0 = Stopwatch.GetTimestamp();
            await smtp.SendAsync(Message(WarmUp + messages + i, "(NOOP)"));
            while (inbox.Count < expected)
            {
                if (Stopwatch.GetElapsedTime(t0) > TimeSpan.FromSeconds(60))
                {
                    throw new TimeoutException($"NOOP never showed message {expected}.\n{servers.Tail("postfix.log")}\n{servers.Tail("dovecot.log")}");
                }

                await Task.Delay(2);
                await watcher.NoOpAsync();
            }

            if (i >= WarmUp)
            {
                SubmitToPolled.Add(Stopwatch.GetTimestamp() - t0);
            }
        }

        await smtp.DisconnectAsync(true);
        await watcher.DisconnectAsync(true);
        await other.DisconnectAsync(true);
        ReadPostfixDelays();
    }

    private void Expect()
    {
        _arrived = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Increment(ref _expected);
    }

    private async Task<long> WaitAsync()
    {
        var done = await Task.WhenAny(_arrived.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (done != _arrived.Task)
        {
            throw new TimeoutException($"IMAP IDLE did not report message {_expected} within 60 s.\n{servers.Tail("postfix.log")}\n{servers.Tail("dovecot.log")}");
        }

        return await _arrived.Task;
    }

    private MimeMessage Message(int i, string note = "")
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(sender));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = $"Công văn số {i + 1}/2026 về việc đo thời gian chuyển thư {note}".Trim();
        message.Body = new TextPart("plain") { Text = "Kính gửi đồng chí,\n\nĐề nghị đồng chí xem xét và phản hồi trước ngày 30/11/2026.\n\nTrân trọng." };
        return message;
    }

    private void ReadPostfixDelays()
    {
        var path = Path.Combine(servers.Folder, "log", "postfix.log");
        foreach (var line in File.ReadLines(path))
        {
            if (!line.Contains("status=sent", StringComparison.Ordinal) || !line.Contains("to=<" + recipient + ">", StringComparison.Ordinal))
            {
                continue;
            }

            var match = DelaysPattern().Match(line);
            if (match.Success)
            {
                PostfixDelays.Add([.. match.Groups[1].Value.Split('/').Select(v => double.Parse(v, CultureInfo.InvariantCulture) * 1000)]);
            }
        }
    }

    [GeneratedRegex(@"delays=([0-9./]+)")]
    private static partial Regex DelaysPattern();
}
