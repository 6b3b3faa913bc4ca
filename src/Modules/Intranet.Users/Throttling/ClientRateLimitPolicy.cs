using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Throttling;

/// <summary>
/// Per client address, on every POST of the sign-in endpoints ("sign-in" policy, ASP.NET Core's rate limiter).
/// The address is the one forwarded by a configured proxy (see ForwardedHeadersSetup), else the connection's.
/// A request without any address (an in-process test server) has nothing to key on and is not limited here;
/// the per-account check still applies.
/// </summary>
internal sealed class ClientRateLimitPolicy : IRateLimiterPolicy<string>
{
    public const string Name = "sign-in";

    private readonly RateLimitOptions _options;

    public ClientRateLimitPolicy(IOptions<RateLimitOptions> options) => _options = options.Value;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => static async (context, _) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var value) ? value : TimeSpan.FromMinutes(1);
        await TooManyRequests.WriteAsync(context.HttpContext, retryAfter);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method) || httpContext.Connection.RemoteIpAddress is not { } address)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var key = Key(address);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, _options.PerClientLimit),
            Window = _options.PerClientWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>An IPv4 address, or an IPv6 /64 (one subscriber's block: any of its 2^64 addresses is the same client).</summary>
    internal static string Key(System.Net.IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }
}
