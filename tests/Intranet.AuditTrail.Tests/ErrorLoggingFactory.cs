using Intranet.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.AuditTrail.Tests;

/// <summary>
/// The host with its log captured and three test-only paths: <c>/test/throw</c> fails as a bug would, and
/// <c>/test/too-large</c> as Kestrel does when a body passes its limit (the in-process test server enforces no limit),
/// and <c>/api/test/rejected-upload</c> as an upload reader whose refusal nobody caught.
/// </summary>
public sealed class ErrorLoggingFactory : IntranetFactory
{
    public const string ThrowPath = "/test/throw";

    public const string TooLargePath = "/test/too-large";

    public const string RejectedUploadPath = "/api/test/rejected-upload";

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
                : context.Request.Path == RejectedUploadPath ? throw new Intranet.Core.Uploads.UploadRejectedException("Tệp Excel bị hỏng ở dòng 3.", 3)
                : Task.CompletedTask);
        };
    }
}
