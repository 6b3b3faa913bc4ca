namespace Intranet.Mail.Models.Webmail;

public enum WebmailFolderKind
{
    Other,
    Inbox,
    Drafts,
    Sent,
    Junk,
    Trash,
}
