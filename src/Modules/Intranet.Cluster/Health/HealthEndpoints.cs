using System.Text.Json;
using Intranet.Cluster.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intranet.Cluster.Health;

/// <summary>
/// What a load balancer probes. <c>/health/live</c>: the process answers (restart it if not). <c>/health/ready</c>:
/// it has started, the host database answers and its schema is current (send it traffic only then). Anonymous,
/// small JSON, no error text (an exception's message can name servers and users), never cached.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivePath, (HttpContext context) => WriteAsync(context, StatusCodes.Status200OK, new HealthReport("live", null)))
            .AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet(ReadyPath, ReadyAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task ReadyAsync(HttpContext context)
    {
        var lifetime = context.RequestServices.GetRequiredService<IHostApplicationLifetime>();
        var readiness = context.RequestServices.GetRequiredService<Readiness>();
        var checks = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["started"] = lifetime.ApplicationStarted.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested ? "ok" : "starting",
        };
        await readiness.CheckAsync(checks, context.RequestAborted);
        var ready = checks.Values.All(v => v == "ok");
        await WriteAsync(context, ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, new HealthReport(ready ? "ready" : "not-ready", checks));
    }

    private static Task WriteAsync(HttpContext context, int status, HealthReport report)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(report, HealthJson.Default.HealthReport, "application/json", context.RequestAborted);
    }
}
