namespace Intranet.Mail.Services.Webmail;

/// <summary>The reader's input is refused (bad address, attachments too large); the Vietnamese message is shown, nothing is sent.</summary>
public sealed class WebmailInputException(string message, int statusCode = 400) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
