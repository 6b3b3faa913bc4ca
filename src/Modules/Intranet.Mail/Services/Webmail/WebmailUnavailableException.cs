namespace Intranet.Mail.Services.Webmail;

/// <summary>
/// The mailbox cannot be opened; the message (Vietnamese) is shown to the reader as it is. <see cref="StatusCode"/>
/// is 503 when the mail servers are the cause, 200 for a state of the account (no mailbox yet, locked).
/// </summary>
public sealed class WebmailUnavailableException(string message, int statusCode = 503) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
