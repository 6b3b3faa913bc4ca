using System.Diagnostics;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Intranet.Testing;
using Intranet.Tenants.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intranet.Tenants.Tests;

/// <summary>
/// Two nodes starting together against one PostgreSQL database: the migration lock lets one migrate a schema while
/// the other waits, then finds the work done. Without it both would try to create the same tables.
/// </summary>
public sealed class PostgresMigrationLockTests : IDisposable
{
    private readonly string _database = TestDatabase.IsPostgres ? TestDatabase.Create() : "";

    [PostgresFact]
    public async Task Two_migrators_at_once_one_applies_and_the_other_waits_then_finds_it_done()
    {
        var provider = new PostgresDatabaseProvider(Options.Create(new DataOptions { PostgresConnectionString = _database }));
        var host = new Tenant { Name = Tenant.DefaultName, DisplayName = "Tỉnh", DatabaseProvider = DataProviderNames.Postgres };
        var first = await provider.AcquireMigrationLockAsync(host, CancellationToken.None);

        // The second node asks while the first holds the lock: it must wait, not migrate alongside.
        var clock = Stopwatch.StartNew();
        var second = Task.Run(async () =>
        {
            await using var held = await provider.AcquireMigrationLockAsync(host, CancellationToken.None);
            await using var db = Context(provider, host);
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            await db.Database.MigrateAsync();
            return (Waited: clock.Elapsed, Pending: pending);
        });

        await Task.Delay(500);
        Assert.False(second.IsCompleted);
        await using (var db = Context(provider, host))
        {
            Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
            await db.Database.MigrateAsync();
        }

        await first.DisposeAsync();
        var (waited, pendingForSecond) = await second;

        Assert.True(waited >= TimeSpan.FromMilliseconds(500), $"the second migrator went ahead after {waited}");
        Assert.Empty(pendingForSecond);
        await using var check = new NpgsqlConnection(_database);
        await check.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM host.\"__EFMigrationsHistory_Tenants\"", check);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [PostgresFact]
    public async Task Each_department_gets_its_own_schema_and_deleting_it_drops_the_schema()
    {
        var provider = new PostgresDatabaseProvider(Options.Create(new DataOptions { PostgresConnectionString = _database }));
        var department = new Tenant { Name = "so-tai-chinh", DisplayName = "Sở Tài chính", DatabaseProvider = DataProviderNames.Postgres };
        await using (await provider.AcquireMigrationLockAsync(department, CancellationToken.None))
        {
        }

        Assert.Equal(1L, await SchemaCount("t_so_tai_chinh"));
        await provider.DeleteDatabaseAsync(department, CancellationToken.None);
        Assert.Equal(0L, await SchemaCount("t_so_tai_chinh"));
    }

    public void Dispose()
    {
        if (_database.Length > 0)
        {
            TestDatabase.Drop(_database);
        }
    }

    private async Task<object?> SchemaCount(string schema)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_namespace WHERE nspname = @s", connection);
        command.Parameters.AddWithValue("s", schema);
        return await command.ExecuteScalarAsync();
    }

    private static TenantsDbContext Context(PostgresDatabaseProvider provider, Tenant tenant)
    {
        var options = new DbContextOptionsBuilder<TenantsDbContext>();
        provider.Configure(options, tenant, typeof(TenantsDbContext));
        return new TenantsDbContext(options.Options);
    }
}
