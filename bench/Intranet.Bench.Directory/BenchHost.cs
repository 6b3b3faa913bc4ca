using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Search.Services;
using Intranet.StaffDirectory;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Bench.StaffDirectory;

/// <summary>
/// The directory's real services (SQLite department databases, the Lucene province index, the trimming reader) on a
/// temporary App_Data with N departments. Membership answers come from a stand-in: the Users module is not the subject.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    public BenchHost(int departments)
    {
        AppData = Path.Combine(Path.GetTempPath(), "intranet-bench-directory", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(AppData);
        var features = new HashSet<string> { DirectoryFeatures.Department, "Intranet.Search" };
        Host = new Tenant { Name = Tenant.DefaultName, DisplayName = "Tỉnh", State = TenantState.Running, EnabledFeatures = new HashSet<string> { DirectoryFeatures.Province } };
        Departments = [.. Enumerable.Range(1, departments).Select(i => new Tenant
        {
            Name = $"don-vi-{i:000}",
            DisplayName = $"Đơn vị số {i}",
            RequestUrlPrefix = $"don-vi-{i:000}",
            State = TenantState.Running,
            EnabledFeatures = features,
        })];
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.Configure<DataOptions>(o => o.AppDataPath = AppData);
        services.AddSingleton<IHostEnvironment>(new Env());
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<ITenantAccessor, BenchTenantAccessor>();
        services.AddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
        services.AddSingleton<DatabaseProviders>();
        services.AddScoped<DataTransactionScope>();
        services.AddSingleton<ITenantRegistry>(new BenchRegistry(new TenantTable(Host, Departments)));
        services.AddSingleton<SearchIndexManager>();
        services.AddSingleton<SearchIndexRebuilder>();
        services.AddSingleton<IPermissionChecker, BenchPermissions>();
        new Startup().ConfigureServices(services);
        Services = services.BuildServiceProvider();
    }

    public string AppData { get; }

    public Tenant Host { get; }

    public IReadOnlyList<Tenant> Departments { get; }

    public ServiceProvider Services { get; }

    public string DatabasePath(Tenant tenant) => Path.Combine(AppData, "Sites", tenant.Name, "intranet.db");

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class Env : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "Bench";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
