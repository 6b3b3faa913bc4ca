namespace Intranet.Mail.Models.Webmail;

/// <summary>The compose form; <see cref="Error"/> is a Vietnamese message when sending was refused.</summary>
public sealed record WebmailComposeViewModel(WebmailSidebar Sidebar, ComposeInput Input, string? Error, long MaxAttachmentBytes);
