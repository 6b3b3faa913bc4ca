namespace Intranet.Mail.Models.Webmail;

/// <summary>The left column: the mailbox, its folders with unread counts, and the quota bar.</summary>
public sealed record WebmailSidebar(string Address, IReadOnlyList<WebmailFolder> Folders, WebmailQuota? Quota, string CurrentFolder);
