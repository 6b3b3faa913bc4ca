using System.Data;
using System.Data.Common;
using Intranet.Core.Tenants;
using Medallion.Threading.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intranet.Core.Data;

/// <summary>
/// The province's one PostgreSQL database: the host's tables in schema "host", each department's in its own schema
/// (<see cref="PostgresSchemas"/>). Every connection uses the same connection string, so a node has one Npgsql pool
/// for all tenants (a database or a "Search Path" per tenant would make one pool each); the schema is chosen per
/// connection with SET search_path each time it is opened (the pool resets session state when a connection returns).
/// One EF model serves every tenant: the SQL EF generates is unqualified, like the migrations.
/// </summary>
public sealed class PostgresDatabaseProvider : IDatabaseProvider
{
    private readonly DataOptions _options;

    public PostgresDatabaseProvider(IOptions<DataOptions> options) => _options = options.Value;

    public string Name => DataProviderNames.Postgres;

    public void Configure(DbContextOptionsBuilder options, Tenant tenant, Type contextType) =>
        Configure(options, CreateConnection(tenant), tenant, contextType, ownsConnection: true);

    public void Configure(DbContextOptionsBuilder options, DbConnection connection, Tenant tenant, Type contextType) =>
        Configure(options, connection, tenant, contextType, ownsConnection: false);

    public DbConnection CreateConnection(Tenant tenant)
    {
        var connection = new NpgsqlConnection(ConnectionString(tenant));
        var setSchema = "SET search_path TO " + PostgresSchemas.Quoted(PostgresSchemas.For(tenant)) + ", public";
        connection.StateChange += (_, e) =>
        {
            if (e.CurrentState == ConnectionState.Open && e.OriginalState != ConnectionState.Open)
            {
                // Raised however the connection is opened (by EF, a DataTransactionScope or raw ADO.NET code).
                using var command = new NpgsqlCommand(setSchema, connection);
                command.ExecuteNonQuery();
            }
        };
        return connection;
    }

    public string DefaultConnectionString(Tenant tenant) =>
        (tenant.IsHost ? _options.HostConnectionString : null) is { Length: > 0 } host
            ? host
            : _options.PostgresConnectionString
              ?? throw new InvalidOperationException("Intranet:Data:PostgresConnectionString is not configured.");

    public async Task<IAsyncDisposable> AcquireMigrationLockAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var schema = PostgresSchemas.For(tenant);
        // A session-level advisory lock on a connection of its own, keyed by the schema: a second node (or a second
        // migrator in this process) waits here, then finds the history tables up to date and applies nothing.
        var handle = await new PostgresDistributedLock(new PostgresAdvisoryLockKey("intranet-migrate:" + schema, allowHashing: true), ConnectionString(tenant))
            .AcquireAsync(cancellationToken: cancellationToken);
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString(tenant));
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("CREATE SCHEMA IF NOT EXISTS " + PostgresSchemas.Quoted(schema), connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await handle.DisposeAsync();
            throw;
        }

        return handle;
    }

    public async Task DeleteDatabaseAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(tenant));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DROP SCHEMA IF EXISTS " + PostgresSchemas.Quoted(PostgresSchemas.For(tenant)) + " CASCADE", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string ConnectionString(Tenant tenant) => tenant.ConnectionString ?? DefaultConnectionString(tenant);

    private static void Configure(DbContextOptionsBuilder options, DbConnection connection, Tenant tenant, Type contextType, bool ownsConnection)
    {
        // The history table is schema-qualified: EF looks for it by name in that schema, never in another tenant's.
        options.UseNpgsql(connection, ownsConnection, npgsql => npgsql.MigrationsHistoryTable(DataNames.HistoryTable(contextType), PostgresSchemas.For(tenant)));
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }
}
