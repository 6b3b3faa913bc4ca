using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Intranet.Core.Web;

/// <summary>
/// Logs, as a warning, every request the server took longer than <c>Intranet:Diagnostics:SlowRequestSeconds</c>
/// (default 5; 0 turns it off) to answer, from the first middleware to the end of its handler. An operator sees which
/// routes are slow; the soak bench counts these lines to tell a timeout the server caused from one where the server
/// answered quickly and the time was lost before or after it (a starved machine, a starved client). The route's
/// template is logged, never the path or query, which may carry a token.
/// </summary>
public sealed class SlowRequestLog
{
    public static readonly EventId Event = new(7001, "SlowRequest");

    private readonly RequestDelegate _next;
    private readonly ILogger<SlowRequestLog> _logger;
    private readonly long _thresholdTicks;

    public SlowRequestLog(RequestDelegate next, IConfiguration configuration, ILogger<SlowRequestLog> logger)
    {
        _next = next;
        _logger = logger;
        var seconds = configuration.GetValue("Intranet:Diagnostics:SlowRequestSeconds", 5.0);
        _thresholdTicks = seconds <= 0 ? long.MaxValue : (long)(seconds * Stopwatch.Frequency);
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await _next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetTimestamp() - start;
            if (elapsed >= _thresholdTicks)
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
                _logger.LogWarning(Event, "Slow request: {Method} {Route} answered {Status} in {ElapsedMs} ms",
                    context.Request.Method, route, context.Response.StatusCode, elapsed * 1000 / Stopwatch.Frequency);
            }
        }
    }
}
