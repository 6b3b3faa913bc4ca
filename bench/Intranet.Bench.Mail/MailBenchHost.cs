using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Mail;
using Intranet.Mail.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Bench.Mail;

/// <summary>
/// The Mail module's real registrations (its Startup) on a temporary App_Data: the same services account creation
/// calls in the product, writing a real mail.db that the bench's Postfix and Dovecot read.
/// </summary>
public sealed class MailBenchHost : IAsyncDisposable
{
    public MailBenchHost(string appData, IDictionary<string, string?> settings)
    {
        AppData = appData;
        System.IO.Directory.CreateDirectory(AppData);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.Configure<DataOptions>(o => o.AppDataPath = AppData);
        services.AddSingleton<IHostEnvironment>(new Env(AppData));
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<IAuditTrail, DiscardingAuditTrail>();
        new Startup().ConfigureServices(services);
        Services = services.BuildServiceProvider();
    }

    public string AppData { get; }

    public ServiceProvider Services { get; }

    public MailDatabase Database => Services.GetRequiredService<MailDatabase>();

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private sealed class DiscardingAuditTrail : IAuditTrail
    {
        public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class Env(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "Intranet.Bench.Mail";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
