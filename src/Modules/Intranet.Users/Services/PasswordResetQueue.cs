using System.Threading.Channels;
using Intranet.Core.Tenants;

namespace Intranet.Users.Services;

/// <summary>
/// Forgot-password requests, handed from the request to <see cref="PasswordResetMailer"/>. The request itself only
/// queues the email address: the same work, and the same time, whether or not an account has it.
/// </summary>
public sealed class PasswordResetQueue
{
    private readonly Channel<PasswordResetRequest> _channel = Channel.CreateBounded<PasswordResetRequest>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    internal ChannelReader<PasswordResetRequest> Reader => _channel.Reader;

    /// <summary>False when the queue is full (a flood): the request is dropped, like an unknown email.</summary>
    public bool Enqueue(string email, Tenant tenant) => _channel.Writer.TryWrite(new PasswordResetRequest(email, tenant));
}

/// <summary>One forgot-password request: the email as typed and the tenant it was asked in (the link points there).</summary>
public sealed record PasswordResetRequest(string Email, Tenant Tenant);
