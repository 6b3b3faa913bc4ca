namespace Intranet.Core.Email;

/// <summary>The one way modules send notification mail: SMTP when configured, otherwise a pickup folder of .eml files.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
