using Intranet.Mail.Models.Webmail;
using MailKit;

namespace Intranet.Mail.Services.Webmail;

/// <summary>Special-use folders (RFC 6154) by their role, named in Vietnamese; other folders keep their own names.</summary>
public static class WebmailFolderNames
{
    public static WebmailFolderKind KindOf(IMailFolder folder) =>
        folder.FullName.Equals("INBOX", StringComparison.OrdinalIgnoreCase) ? WebmailFolderKind.Inbox
        : folder.Attributes.HasFlag(FolderAttributes.Sent) ? WebmailFolderKind.Sent
        : folder.Attributes.HasFlag(FolderAttributes.Drafts) ? WebmailFolderKind.Drafts
        : folder.Attributes.HasFlag(FolderAttributes.Trash) ? WebmailFolderKind.Trash
        : folder.Attributes.HasFlag(FolderAttributes.Junk) ? WebmailFolderKind.Junk
        : WebmailFolderKind.Other;

    public static string DisplayName(IMailFolder folder) => KindOf(folder) switch
    {
        WebmailFolderKind.Inbox => "Hộp thư đến",
        WebmailFolderKind.Sent => "Thư đã gửi",
        WebmailFolderKind.Drafts => "Thư nháp",
        WebmailFolderKind.Trash => "Thùng rác",
        WebmailFolderKind.Junk => "Thư rác",
        _ => folder.FullName,
    };
}
