using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intranet.Core.Data;

/// <summary>One PostgreSQL database per tenant on the configured server ("intranet_{tenant}").</summary>
public sealed class PostgresDatabaseProvider : IDatabaseProvider
{
    private readonly DataOptions _options;

    public PostgresDatabaseProvider(IOptions<DataOptions> options) => _options = options.Value;

    public string Name => "Postgres";

    public void Configure(DbContextOptionsBuilder options, Tenant tenant, Type contextType) =>
        options.UseNpgsql(tenant.ConnectionString ?? DefaultConnectionString(tenant), npgsql => npgsql.MigrationsHistoryTable(DataNames.HistoryTable(contextType)));

    public void Configure(DbContextOptionsBuilder options, System.Data.Common.DbConnection connection, Type contextType) =>
        options.UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable(DataNames.HistoryTable(contextType)));

    public System.Data.Common.DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public string DefaultConnectionString(Tenant tenant)
    {
        var server = _options.PostgresServerConnectionString
            ?? throw new InvalidOperationException("Intranet:Data:PostgresServerConnectionString is not configured.");
        return new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName(tenant) }.ToString();
    }

    public async Task DeleteDatabaseAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var server = _options.PostgresServerConnectionString
            ?? throw new InvalidOperationException("Intranet:Data:PostgresServerConnectionString is not configured.");
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The name is built from a validated tenant name (a-z, 0-9, '-'), quoted as an identifier.
        command.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName(tenant)}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string DatabaseName(Tenant tenant) => "intranet_" + tenant.Name.Replace('-', '_');
}
