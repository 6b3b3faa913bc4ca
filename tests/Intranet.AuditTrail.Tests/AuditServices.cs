using Intranet.AuditTrail.Services;
using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Intranet.AuditTrail.Tests;

/// <summary>The audit services over real SQLite files in a fresh App_Data: a host chain and one department's chain.</summary>
public sealed class AuditServices : IAsyncDisposable
{
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "intranet-audit-tests", Guid.NewGuid().ToString("N"));

    public AuditServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(_appData));
        services.Configure<DataOptions>(o => o.AppDataPath = _appData);
        services.AddSingleton<ITenantAccessor, TestTenantAccessor>();
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<IHostTenantProvider>(new TestHost(Host));
        services.AddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
        services.AddSingleton<DatabaseProviders>();
        services.AddScoped<DataTransactionScope>();
        services.AddSingleton<ITenantRegistry>(new TestRegistry(new TenantTable(Host, [Department])));
        new Startup().ConfigureServices(services);
        Services = services.BuildServiceProvider();
    }

    public Tenant Host { get; } = new() { Name = Tenant.DefaultName, DisplayName = "Tỉnh", State = TenantState.Running, EnabledFeatures = new HashSet<string> { Startup.FeatureId } };

    public Tenant Department { get; } = new() { Name = "so-a", DisplayName = "Sở A", RequestUrlPrefix = "so-a", State = TenantState.Running, EnabledFeatures = new HashSet<string> { Startup.FeatureId } };

    public ServiceProvider Services { get; }

    public ITenantAccessor Tenants => Services.GetRequiredService<ITenantAccessor>();

    public async Task MigrateAsync()
    {
        foreach (var tenant in new[] { Host, Department })
        {
            await using var scope = Services.CreateAsyncScope();
            using var enter = Tenants.Enter(tenant);
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.MigrateAsync();
        }
    }

    /// <summary>Records events as the given tenant's code would, each in its own DI scope (like a request).</summary>
    public async Task RecordAsync(Tenant tenant, params AuditEvent[] events)
    {
        using var enter = Tenants.Enter(tenant);
        foreach (var e in events)
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(e);
        }
    }

    public async Task<ChainVerification> VerifyAsync(Tenant tenant)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(tenant);
    }

    /// <summary>What an attacker with the database file can do: raw SQL, bypassing the application.</summary>
    public async Task ExecuteSqlAsync(Tenant tenant, string sql)
    {
        await using var connection = new SqliteConnection(Services.GetRequiredService<DatabaseProviders>().For(tenant).DefaultConnectionString(tenant));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> ScalarAsync(Tenant tenant, string sql)
    {
        await using var connection = new SqliteConnection(Services.GetRequiredService<DatabaseProviders>().For(tenant).DefaultConnectionString(tenant));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_appData, recursive: true);
    }

    private sealed class TestTenantAccessor : ITenantAccessor
    {
        private static readonly AsyncLocal<Tenant?> CurrentTenant = new();

        public Tenant? Current => CurrentTenant.Value;

        public Tenant Required => Current ?? throw new InvalidOperationException("No tenant.");

        public IDisposable Enter(Tenant tenant)
        {
            var previous = CurrentTenant.Value;
            CurrentTenant.Value = tenant;
            return new Exit(() => CurrentTenant.Value = previous);
        }

        private sealed class Exit(Action exit) : IDisposable
        {
            public void Dispose() => exit();
        }
    }

    private sealed class TestHost(Tenant host) : IHostTenantProvider
    {
        public Tenant Host { get; } = host;
    }

    private sealed class TestRegistry(TenantTable table) : ITenantRegistry
    {
        public TenantTable Table { get; } = table;

        public Task ReloadAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Intranet.AuditTrail.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
