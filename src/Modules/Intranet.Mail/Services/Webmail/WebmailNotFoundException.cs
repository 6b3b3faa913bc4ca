namespace Intranet.Mail.Services.Webmail;

/// <summary>No such folder or message in the reader's own mailbox (404).</summary>
public sealed class WebmailNotFoundException(string message) : Exception(message);
