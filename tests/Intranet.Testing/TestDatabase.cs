using Npgsql;

namespace Intranet.Testing;

/// <summary>
/// Which database the integration tests run on: SQLite files (the default) or, when INTRANET_TEST_DATABASE=postgres,
/// a fresh PostgreSQL database per factory on the server named by INTRANET_TEST_POSTGRES (a connection string to
/// its maintenance database; scripts/pg/start.sh prints one). build.sh runs every integration suite both ways.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("INTRANET_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Postgres" or "Sqlite", as the tests' settings name it.</summary>
    public static string ProviderName => IsPostgres ? "Postgres" : "Sqlite";

    private static string Server =>
        Environment.GetEnvironmentVariable("INTRANET_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("INTRANET_TEST_DATABASE=postgres needs INTRANET_TEST_POSTGRES (a connection string; see scripts/pg/start.sh).");

    /// <summary>Creates an empty database and returns the connection string the app should use for it.</summary>
    public static string Create()
    {
        var name = "it_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        // A small pool per test database: many factories share one server (max_connections in scripts/pg/start.sh).
        return new NpgsqlConnectionStringBuilder(Server) { Database = name, MaxPoolSize = 30, ConnectionIdleLifetime = 30 }.ToString();
    }

    /// <summary>Drops the database, ending its remaining sessions.</summary>
    public static void Drop(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
