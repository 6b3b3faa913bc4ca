namespace Intranet.Mail.Services.Webmail;

/// <summary>The mailbox cannot be opened now; the message (Vietnamese) is shown to the reader as it is.</summary>
public sealed class WebmailUnavailableException(string message) : Exception(message);
