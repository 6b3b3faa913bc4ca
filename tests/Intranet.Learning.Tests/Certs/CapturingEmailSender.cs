using System.Collections.Concurrent;
using Intranet.Core.Email;

namespace Intranet.Learning.Tests.Certs;

/// <summary>Keeps what would have been mailed, so a test can read the reminders.</summary>
public sealed class CapturingEmailSender : IEmailSender
{
    public ConcurrentQueue<EmailMessage> Sent { get; } = new();

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
