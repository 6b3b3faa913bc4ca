using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Intranet.Email.Services;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per message (notifications are few).</summary>
public sealed class SmtpTransport : IEmailTransport
{
    private readonly SmtpOptions _options;

    public SmtpTransport(IOptions<EmailOptions> options) => _options = options.Value.Smtp;

    public string Name => "smtp";

    public async Task DeliverAsync(MimeMessage message, string tenantName, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = _options.TimeoutSeconds * 1000 };
        await client.ConnectAsync(_options.Host ?? "localhost", _options.Port, ParseSecurity(_options.Security), cancellationToken);
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public static SecureSocketOptions ParseSecurity(string? value) =>
        Enum.TryParse<SecureSocketOptions>(value, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
}
