using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Mail.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Intranet.Mail.Tests;

/// <summary>The module's real registrations on a given App_Data folder (a fresh temp folder by default).</summary>
public sealed class MailServices : IDisposable
{
    private readonly bool _ownsFolder;

    public MailServices(string? appData = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        _ownsFolder = appData is null;
        AppData = appData ?? Path.Combine(Path.GetTempPath(), "intranet-mail-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(AppData);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.Configure<DataOptions>(o => o.AppDataPath = AppData);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(AppData));
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<RecordingAuditTrail>();
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<RecordingAuditTrail>());
        new Startup().ConfigureServices(services);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
        Services.GetRequiredService<MailDatabase>().MigrateAsync().GetAwaiter().GetResult();
    }

    public string AppData { get; }

    public ServiceProvider Services { get; }

    public MailDatabase Database => Services.GetRequiredService<MailDatabase>();

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public void Dispose()
    {
        Services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsFolder && System.IO.Directory.Exists(AppData))
        {
            System.IO.Directory.Delete(AppData, recursive: true);
        }
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Intranet.Mail.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
