using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Hr;
using Intranet.Hr.Models;
using Intranet.Hr.Models.Reference;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Bench.Hr;

/// <summary>
/// The HR module's real services on SQLite department databases in a temporary App_Data (N departments, HR on).
/// Permissions come from a stand-in that allows everything: access control is not what is measured.
/// </summary>
public sealed class HrBenchHost : IAsyncDisposable
{
    public HrBenchHost(int departments = 1)
    {
        AppData = Path.Combine(Path.GetTempPath(), "intranet-bench-hr", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(AppData);
        var features = new HashSet<string> { HrFeatures.Department };
        Host = new Tenant { Name = Tenant.DefaultName, DisplayName = "Tỉnh", State = TenantState.Running, EnabledFeatures = new HashSet<string> { HrFeatures.Province } };
        Departments = [.. Enumerable.Range(1, departments).Select(i => new Tenant
        {
            Name = $"don-vi-{i:000}",
            DisplayName = $"Đơn vị số {i}",
            RequestUrlPrefix = $"don-vi-{i:000}",
            State = TenantState.Running,
            EnabledFeatures = features,
        })];
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Warning);
            if (Environment.GetEnvironmentVariable("HR_BENCH_SQL") == "1")
            {
                // Every SQL command with its time, to see where a list spends it.
                b.AddConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
            }
        });
        services.Configure<DataOptions>(o => o.AppDataPath = AppData);
        services.AddSingleton<IHostEnvironment>(new Env());
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<ITenantAccessor, HrBenchTenantAccessor>();
        services.AddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
        services.AddSingleton<DatabaseProviders>();
        services.AddScoped<DataTransactionScope>();
        services.AddSingleton<ITenantRegistry>(new HrBenchRegistry(new TenantTable(Host, Departments)));
        services.AddSingleton<IHostTenantProvider>(new FixedHost(Host));
        services.AddSingleton<IPermissionChecker, HrBenchPermissions>();
        new Startup().ConfigureServices(services);
        Services = services.BuildServiceProvider();
    }

    public string AppData { get; }

    public Tenant Host { get; }

    public IReadOnlyList<Tenant> Departments { get; }

    public ServiceProvider Services { get; }

    /// <summary>Creates the HR tables in the host's database (code lists) and every department's.</summary>
    public async Task MigrateAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<HrReferenceDbContext>().Database.MigrateAsync();
        }

        foreach (var tenant in Departments)
        {
            await InAsync(tenant, async db =>
            {
                await db.Database.MigrateAsync();
                return 0;
            });
        }
    }

    /// <summary>Runs work in a fresh DI scope for the department, as one request would.</summary>
    public async Task<T> InAsync<T>(Tenant tenant, Func<HrDbContext, Task<T>> work)
    {
        using (Services.GetRequiredService<ITenantAccessor>().Enter(tenant))
        {
            await using var scope = Services.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<HrDbContext>());
        }
    }

    /// <summary>Resolves a scoped service for the department in a fresh scope.</summary>
    public async Task<T> WithAsync<TService, T>(Tenant tenant, Func<TService, Task<T>> work)
        where TService : notnull
    {
        using (Services.GetRequiredService<ITenantAccessor>().Enter(tenant))
        {
            await using var scope = Services.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<TService>());
        }
    }

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
