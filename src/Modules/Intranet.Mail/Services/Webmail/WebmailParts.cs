using Intranet.Mail.Models.Webmail;
using MimeKit;

namespace Intranet.Mail.Services.Webmail;

/// <summary>Finds a message's attachments and inline images; an attachment is named by its position among the body parts.</summary>
public static class WebmailParts
{
    public static IReadOnlyList<WebmailAttachment> Attachments(MimeMessage message)
    {
        var parts = message.BodyParts.ToList();
        var result = new List<WebmailAttachment>();
        foreach (var attachment in message.Attachments.OfType<MimePart>())
        {
            var encoded = attachment.Content?.Stream?.Length ?? 0;
            var size = attachment.ContentTransferEncoding == ContentEncoding.Base64 ? encoded * 3 / 4 : encoded;
            result.Add(new WebmailAttachment(parts.IndexOf(attachment), attachment.FileName ?? "tep-dinh-kem", attachment.ContentType.MimeType, size));
        }

        return result;
    }

    /// <summary>An attachment by its index (only parts that are attachments: a body part cannot be downloaded this way).</summary>
    public static async Task<WebmailPart?> AttachmentAsync(MimeMessage message, int index, CancellationToken cancellationToken)
    {
        var parts = message.BodyParts.ToList();
        if (index < 0 || index >= parts.Count || parts[index] is not MimePart part || !message.Attachments.Contains(part))
        {
            return null;
        }

        return new WebmailPart(part.FileName ?? "tep-dinh-kem", part.ContentType.MimeType, await DecodeAsync(part, cancellationToken));
    }

    /// <summary>An inline image referenced by "cid:"; other types are not served inline.</summary>
    public static async Task<WebmailPart?> InlineImageAsync(MimeMessage message, string contentId, CancellationToken cancellationToken)
    {
        var id = contentId.Trim('<', '>');
        var part = message.BodyParts.OfType<MimePart>()
            .FirstOrDefault(p => p.ContentId is { } cid && cid.Trim('<', '>').Equals(id, StringComparison.OrdinalIgnoreCase));
        if (part is null || !part.ContentType.MediaType.Equals("image", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new WebmailPart(part.FileName ?? id, part.ContentType.MimeType, await DecodeAsync(part, cancellationToken));
    }

    public static WebmailMessage Describe(string folder, uint uid, MimeMessage message, bool hasRemoteImages)
    {
        var from = message.From.Mailboxes.FirstOrDefault();
        return new WebmailMessage(
            folder,
            uid,
            from is null ? "" : string.IsNullOrEmpty(from.Name) ? from.Address : from.Name,
            from?.Address ?? "",
            string.Join(", ", message.To.Mailboxes.Select(m => m.ToString())),
            string.Join(", ", message.Cc.Mailboxes.Select(m => m.ToString())),
            message.Subject ?? "",
            message.Date,
            message.HtmlBody is not null,
            hasRemoteImages,
            Attachments(message));
    }

    private static async Task<byte[]> DecodeAsync(MimePart part, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        if (part.Content is { } content)
        {
            await content.DecodeToAsync(buffer, cancellationToken);
        }

        return buffer.ToArray();
    }
}
