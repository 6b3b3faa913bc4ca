namespace Intranet.Mail.Models.Webmail;

public sealed record WebmailUnavailableViewModel(string Message);
