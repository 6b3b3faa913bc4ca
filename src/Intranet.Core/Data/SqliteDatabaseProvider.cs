using Intranet.Core.Tenants;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace Intranet.Core.Data;

/// <summary>One SQLite file per tenant under App_Data/Sites/{tenant}/intranet.db (WAL, busy timeout).</summary>
public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    private readonly TenantPaths _paths;
    private readonly DataOptions _options;

    public SqliteDatabaseProvider(TenantPaths paths, IOptions<DataOptions> options)
    {
        _paths = paths;
        _options = options.Value;
    }

    public string Name => DataProviderNames.Sqlite;

    public void Configure(DbContextOptionsBuilder options, Tenant tenant, Type contextType)
    {
        var connectionString = tenant.ConnectionString ?? DefaultConnectionString(tenant);
        EnsureFolder(connectionString);
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(DataNames.HistoryTable(contextType)));
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    public void Configure(DbContextOptionsBuilder options, System.Data.Common.DbConnection connection, Tenant tenant, Type contextType)
    {
        options.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(DataNames.HistoryTable(contextType)));
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    public System.Data.Common.DbConnection CreateConnection(Tenant tenant)
    {
        var connectionString = tenant.ConnectionString ?? DefaultConnectionString(tenant);
        EnsureFolder(connectionString);
        return new SqliteConnection(connectionString);
    }

    /// <summary>SQLite serialises writers itself, and EF Core's migrator takes its own lock table in the file.</summary>
    public Task<IAsyncDisposable> AcquireMigrationLockAsync(Tenant tenant, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    public string DefaultConnectionString(Tenant tenant)
    {
        if (tenant.IsHost && _options.HostConnectionString is { Length: > 0 } host)
        {
            return host;
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_paths.SiteFolder(tenant), "intranet.db"),
            DefaultTimeout = 30, // busy timeout: writers wait for each other instead of failing
            Pooling = true,
        }.ToString();
    }

    public Task DeleteDatabaseAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(tenant.ConnectionString ?? DefaultConnectionString(tenant)).DataSource;
        SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        return Task.CompletedTask;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Folders = new(StringComparer.Ordinal);

    private static string FolderOf(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return !string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder ? folder : "";
    }

    private static void EnsureFolder(string connectionString)
    {
        // Runs whenever a DbContext is created (several times a request): parse each connection string once,
        // then a stat; the folder may be deleted with its tenant, so its existence is not remembered.
        var folder = Folders.GetOrAdd(connectionString, FolderOf);
        if (folder.Length > 0 && !System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
