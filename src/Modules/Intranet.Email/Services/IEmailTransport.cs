using MimeKit;

namespace Intranet.Email.Services;

/// <summary>Where a built message goes: an SMTP server or the pickup folder.</summary>
public interface IEmailTransport
{
    /// <summary>"smtp" or "pickup", for the administrators' view and logs.</summary>
    string Name { get; }

    Task DeliverAsync(MimeMessage message, string tenantName, CancellationToken cancellationToken);
}
