namespace Intranet.Mail.Models.Webmail;

public sealed record WebmailReadViewModel(WebmailSidebar Sidebar, WebmailMessage Message, bool ImagesAllowed);
