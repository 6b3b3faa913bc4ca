using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Throttling;

/// <summary>
/// Failures per target account, keyed by the email as typed (lower case), so an unknown email is counted exactly
/// like a real one and the answer says nothing about which exists. Built on System.Threading.RateLimiting: a
/// fixed window per key; checking costs nothing, each failure takes one permit.
/// </summary>
public sealed class AccountThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly PartitionedRateLimiter<string> _resetRequests;

    public AccountThrottle(IOptions<RateLimitOptions> options)
    {
        var o = options.Value;
        _failures = Create(o.PerAccountLimit, o.PerAccountWindow);
        _resetRequests = Create(o.ResetRequestLimit, o.PerAccountWindow);
    }

    /// <summary>Null when the account may be tried; else how long to wait.</summary>
    public TimeSpan? Blocked(ThrottleKind kind, string key)
    {
        using var lease = LimiterFor(kind).AttemptAcquire(Normalize(kind, key), 0);
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    /// <summary>Counts one failure (or, for forgot-password, one request).</summary>
    public void Record(ThrottleKind kind, string key)
    {
        using var lease = LimiterFor(kind).AttemptAcquire(Normalize(kind, key), 1);
    }

    public void Dispose()
    {
        _failures.Dispose();
        _resetRequests.Dispose();
    }

    internal static string Normalize(ThrottleKind kind, string key) => kind + ":" + key.Trim().ToLowerInvariant();

    private PartitionedRateLimiter<string> LimiterFor(ThrottleKind kind) => kind == ThrottleKind.ForgotPassword ? _resetRequests : _failures;

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);

    private static PartitionedRateLimiter<string> Create(int limit, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
