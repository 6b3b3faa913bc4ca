namespace Intranet.Mail.Models.Webmail;

/// <summary>A message opened for reading. The body itself is served from its own URL (see WebmailBodyRenderer).</summary>
public sealed record WebmailMessage(
    string Folder,
    uint Uid,
    string From,
    string FromAddress,
    string To,
    string Cc,
    string Subject,
    DateTimeOffset Date,
    bool HasHtml,
    bool HasRemoteImages,
    IReadOnlyList<WebmailAttachment> Attachments);
