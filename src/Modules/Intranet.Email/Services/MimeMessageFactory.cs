using Intranet.Core.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Intranet.Email.Services;

/// <summary>Turns the core's <see cref="EmailMessage"/> into a MIME message, refusing bad addresses with a clear message.</summary>
public sealed class MimeMessageFactory
{
    private readonly EmailOptions _options;

    public MimeMessageFactory(IOptions<EmailOptions> options) => _options = options.Value;

    public MimeMessage Create(EmailMessage message)
    {
        if (message.To.Count == 0)
        {
            throw new ArgumentException("Thư phải có ít nhất một người nhận.", nameof(message));
        }

        var mime = new MimeMessage();
        mime.From.Add(ParseAddress(message.From ?? _options.Smtp.From ?? _options.DefaultFrom));
        foreach (var to in message.To)
        {
            mime.To.Add(ParseAddress(to));
        }

        mime.Subject = message.Subject;
        mime.Date = DateTimeOffset.UtcNow;
        mime.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(mime.From.Mailboxes.First().Domain);
        // Notifications must not trigger vacation replies (RFC 3834).
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    private static MailboxAddress ParseAddress(string value)
    {
        if (!MailboxAddress.TryParse(value, out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Địa chỉ thư không hợp lệ: \"{value}\".");
        }

        return address;
    }
}
