using Intranet.Mail.Models.Webmail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Intranet.Mail.Services.Webmail;

/// <summary>
/// Compose, reply, reply-all and forward. Everything is checked before anything is sent (addresses, recipient
/// count, total attachment size); the message goes through submission with the master user, so Postfix sees the
/// reader's own login and its anti-spoofing rules apply; a copy is then appended to Sent, marked read.
/// </summary>
public sealed class WebmailSender
{
    private readonly MailOptions _options;
    private readonly WebmailSession _session;
    private readonly ILogger<WebmailSender> _logger;

    public WebmailSender(IOptions<MailOptions> options, WebmailSession session, ILogger<WebmailSender> logger)
    {
        _options = options.Value;
        _session = session;
        _logger = logger;
    }

    /// <summary>The form pre-filled for a reply, reply-all or forward of a message in the reader's mailbox.</summary>
    public async Task<ComposeInput> PrepareAsync(WebmailMailbox mailbox, ComposeMode mode, string? folder, uint? uid, CancellationToken cancellationToken = default)
    {
        var input = new ComposeInput { Mode = mode, SourceFolder = folder, SourceUid = uid };
        if (mode == ComposeMode.New || folder is null || uid is null)
        {
            input.Mode = ComposeMode.New;
            return input;
        }

        var source = await mailbox.GetMessageAsync(folder, uid.Value, markSeen: false, cancellationToken);
        var subject = source.Subject ?? "";
        var date = WebmailFormat.Date(source.Date);
        var sender = source.From.Mailboxes.FirstOrDefault();
        if (mode == ComposeMode.Forward)
        {
            input.Subject = subject.StartsWith("Fwd:", StringComparison.OrdinalIgnoreCase) ? subject : "Fwd: " + subject;
            input.Body = $"\n\n---------- Thư chuyển tiếp ----------\nTừ: {sender}\nNgày: {date}\nTiêu đề: {subject}\nĐến: {source.To}\n\n{source.TextBody ?? HtmlToText(source.HtmlBody)}";
            return input;
        }

        var replyTo = source.ReplyTo.Mailboxes.Any() ? source.ReplyTo.Mailboxes : source.From.Mailboxes;
        input.To = string.Join(", ", replyTo.Select(m => m.ToString()));
        if (mode == ComposeMode.ReplyAll)
        {
            var others = source.To.Mailboxes.Concat(source.Cc.Mailboxes)
                .Where(m => !m.Address.Equals(mailbox.Address, StringComparison.OrdinalIgnoreCase) && !replyTo.Any(r => r.Address.Equals(m.Address, StringComparison.OrdinalIgnoreCase)))
                .DistinctBy(m => m.Address.ToLowerInvariant());
            input.Cc = string.Join(", ", others.Select(m => m.ToString()));
        }

        input.Subject = subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? subject : "Re: " + subject;
        var quoted = string.Join("\n", (source.TextBody ?? HtmlToText(source.HtmlBody)).Split('\n').Select(l => "> " + l.TrimEnd('\r')));
        input.Body = $"\n\nVào {date}, {sender} đã viết:\n{quoted}";
        return input;
    }

    /// <summary>Validates, sends and files a copy in Sent. Throws <see cref="WebmailInputException"/> (nothing sent) on bad input.</summary>
    public async Task<MimeMessage> SendAsync(WebmailMailbox mailbox, ComposeInput input, IReadOnlyList<OutgoingAttachment> attachments, CancellationToken cancellationToken = default)
    {
        var to = ParseAddresses(input.To, "Đến");
        var cc = ParseAddresses(input.Cc, "CC");
        var bcc = ParseAddresses(input.Bcc, "BCC");
        var count = to.Count + cc.Count + bcc.Count;
        if (count == 0)
        {
            throw new WebmailInputException("Hãy nhập ít nhất một người nhận.");
        }

        if (count > _options.Webmail.MaxRecipients)
        {
            throw new WebmailInputException($"Mỗi thư gửi tối đa {_options.Webmail.MaxRecipients} người nhận.");
        }

        var max = _options.Webmail.MaxAttachmentBytes;
        var total = attachments.Sum(a => a.Length);
        if (total > max)
        {
            throw new WebmailInputException($"Tệp đính kèm quá lớn: tổng {WebmailFormat.Size(total)}, tối đa {WebmailFormat.Size(max)} cho mỗi thư.", 413);
        }

        if ((input.Subject?.Length ?? 0) > 500)
        {
            throw new WebmailInputException("Tiêu đề tối đa 500 ký tự.");
        }

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(mailbox.DisplayName, mailbox.Address));
        message.To.AddRange(to);
        message.Cc.AddRange(cc);
        message.Bcc.AddRange(bcc);
        message.Subject = input.Subject?.Trim() ?? "";
        message.Date = DateTimeOffset.Now;
        var builder = new BodyBuilder { TextBody = (input.Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal) };

        MimeMessage? source = null;
        if (input.Mode != ComposeMode.New && input.SourceFolder is { } folder && input.SourceUid is { } uid)
        {
            source = await mailbox.GetMessageAsync(folder, uid, markSeen: false, cancellationToken);
            if (input.Mode == ComposeMode.Forward)
            {
                // The original's attachments travel too and count towards the same limit.
                total += WebmailParts.Attachments(source).Sum(a => a.Size);
                if (total > max)
                {
                    throw new WebmailInputException($"Tệp đính kèm quá lớn: tổng {WebmailFormat.Size(total)} (kể cả tệp của thư gốc), tối đa {WebmailFormat.Size(max)} cho mỗi thư.", 413);
                }

                foreach (var part in source.Attachments)
                {
                    builder.Attachments.Add(part);
                }
            }
            else if (source.MessageId is { } id)
            {
                message.InReplyTo = id;
                foreach (var reference in source.References)
                {
                    message.References.Add(reference);
                }

                message.References.Add(id);
            }
        }

        foreach (var file in attachments)
        {
            await using var stream = file.Open();
            var content = new MemoryStream();
            await stream.CopyToAsync(content, cancellationToken);
            content.Position = 0;
            var type = ContentType.TryParse(file.ContentType, out var parsed) ? parsed : new ContentType("application", "octet-stream");
            builder.Attachments.Add(SafeFileName(file.FileName), content, type, cancellationToken);
        }

        message.Body = builder.ToMessageBody();
        await SubmitAsync(mailbox.Address, message, cancellationToken);
        await _session.AuditAsync("webmail.sent", mailbox.Address,
            $"Gửi thư qua webmail tới {string.Join(", ", message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes).Select(m => m.Address))}; {attachments.Count} tệp đính kèm",
            cancellationToken);

        await mailbox.AppendToSentAsync(message, cancellationToken);
        if (source is not null && input.Mode is ComposeMode.Reply or ComposeMode.ReplyAll)
        {
            await mailbox.SetAnsweredAsync(input.SourceFolder!, input.SourceUid!.Value, cancellationToken);
        }

        return message;
    }

    private async Task SubmitAsync(string address, MimeMessage message, CancellationToken cancellationToken)
    {
        var server = _options.Submission;
        using var client = new SmtpClient { LocalDomain = "webmail.intranet", Timeout = 60_000 };
        try
        {
            await client.ConnectAsync(server.Host, server.Port, Enum.Parse<SecureSocketOptions>(server.Security, ignoreCase: true), cancellationToken);
            await client.AuthenticateAsync(address + "*" + _options.Webmail.MasterUser, _options.Webmail.MasterPassword ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (SmtpCommandException ex) when (ex.ErrorCode == SmtpErrorCode.RecipientNotAccepted && ex.StatusCode == SmtpStatusCode.ExceededStorageAllocation)
        {
            // Dovecot's quota-status answers at RCPT, so the writer learns now rather than from a bounce.
            throw new WebmailInputException($"Hộp thư của người nhận {ex.Mailbox?.Address} đã đầy, không nhận thêm thư này. Thư chưa được gửi.");
        }
        catch (SmtpCommandException ex) when (ex.ErrorCode == SmtpErrorCode.RecipientNotAccepted)
        {
            throw new WebmailInputException($"Máy chủ thư không nhận người nhận {ex.Mailbox?.Address}: {ex.Message} Thư chưa được gửi.");
        }
        catch (SmtpCommandException ex) when (ex.ErrorCode == SmtpErrorCode.SenderNotAccepted)
        {
            throw new WebmailInputException("Máy chủ thư không cho phép gửi từ địa chỉ này. Thư chưa được gửi.");
        }
        catch (SmtpCommandException ex) when (ex.ErrorCode == SmtpErrorCode.MessageNotAccepted)
        {
            throw new WebmailInputException($"Máy chủ thư từ chối thư: {ex.Message} Thư chưa được gửi.");
        }
        catch (AuthenticationException)
        {
            _logger.LogWarning("Webmail master login refused by submission for {Address}", address);
            throw new WebmailUnavailableException("Máy chủ gửi thư từ chối đăng nhập cho hộp thư này. Thư chưa được gửi.");
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or SmtpProtocolException)
        {
            _logger.LogWarning(ex, "Submission server unreachable ({Host}:{Port})", server.Host, server.Port);
            throw new WebmailUnavailableException("Không kết nối được máy chủ gửi thư. Thư chưa được gửi; xin thử lại sau ít phút.");
        }
    }

    /// <summary>"An <a@x>, b@y; c@z" → addresses, each checked; the first bad one is named in the message.</summary>
    internal static List<MailboxAddress> ParseAddresses(string? text, string field)
    {
        var result = new List<MailboxAddress>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        if (!InternetAddressList.TryParse(text.Replace(';', ','), out var list))
        {
            throw new WebmailInputException($"Ô \"{field}\" có địa chỉ thư không hợp lệ: {text.Trim()}");
        }

        foreach (var address in list)
        {
            if (address is not MailboxAddress mailbox || !MailAddress.TryNormalize(mailbox.Address, out var normal))
            {
                throw new WebmailInputException($"Ô \"{field}\" có địa chỉ thư không hợp lệ: {address}");
            }

            result.Add(new MailboxAddress(mailbox.Name, normal));
        }

        return result;
    }

    private static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(file) ? "tep-dinh-kem" : file;
    }

    private static string HtmlToText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var document = parser.ParseDocument(html);
        return document.Body?.TextContent ?? "";
    }
}
