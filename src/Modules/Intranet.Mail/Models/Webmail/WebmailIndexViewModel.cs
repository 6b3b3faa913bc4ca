namespace Intranet.Mail.Models.Webmail;

/// <summary>A folder's message list, or search results when <see cref="Query"/> is set.</summary>
public sealed record WebmailIndexViewModel(WebmailSidebar Sidebar, WebmailMessagePage Messages, string FolderName, string? Query, bool IncludeBody);
