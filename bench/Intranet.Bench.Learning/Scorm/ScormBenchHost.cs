using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Intranet.Learning.Models;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Bench.Learning.Scorm;

/// <summary>The learning module's real services on the host's SQLite database in a temporary App_Data.</summary>
internal sealed class ScormBenchHost : IAsyncDisposable
{
    public ScormBenchHost()
    {
        AppData = Path.Combine(Path.GetTempPath(), "intranet-bench-learning", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(AppData);
        var host = new Tenant { Name = Tenant.DefaultName, DisplayName = "Tỉnh", State = TenantState.Running, EnabledFeatures = new HashSet<string> { Intranet.Learning.LearningFeatures.Province } };
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<IHostEnvironment>(new Env());
        services.Configure<DataOptions>(o => o.AppDataPath = AppData);
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<IHostTenantProvider>(new FixedHost(host));
        services.AddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
        services.AddSingleton<DatabaseProviders>();
        services.AddScoped<DataTransactionScope>();
        new Intranet.Learning.Startup().ConfigureServices(services);
        Services = services.BuildServiceProvider();
    }

    public string AppData { get; }

    public ServiceProvider Services { get; }

    public async Task MigrateAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LearningDbContext>().Database.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class FixedHost(Tenant host) : IHostTenantProvider
    {
        public Tenant Host { get; } = host;
    }

    private sealed class Env : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "Bench";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
