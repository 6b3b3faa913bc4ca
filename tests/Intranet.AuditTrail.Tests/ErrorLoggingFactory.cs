using Intranet.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.AuditTrail.Tests;

/// <summary>
/// The host with its log captured and two test-only paths: <c>/test/throw</c> fails as a bug would, and
/// <c>/test/too-large</c> as Kestrel does when a body passes its limit (the in-process test server enforces no limit).
/// </summary>
public sealed class ErrorLoggingFactory : IntranetFactory
{
    public const string ThrowPath = "/test/throw";

    public const string TooLargePath = "/test/too-large";

    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ThrowingPath()));
    }

    private sealed class ThrowingPath : IStartupFilter
    {
        // Added after the host's pipeline: reached only by a path nothing else answers, inside the exception handler.
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == ThrowPath ? throw new InvalidOperationException("A bug, for the test")
                : context.Request.Path == TooLargePath ? throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge)
                : Task.CompletedTask);
        };
    }
}
