using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Cluster.Services;

/// <summary>
/// PostgreSQL only: a session advisory lock (<c>pg_try_advisory_lock</c>) on a connection of its own, held for the
/// job's run. The server drops it with the connection, so a killed node frees the job at once. On SQLite there is no
/// such lock and <see cref="TryAcquireAsync"/> answers null: the lease row alone decides (SQLite serialises writers,
/// so its conditional UPDATE is the lock).
/// </summary>
internal sealed class PostgresJobLock : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly long _key;

    private PostgresJobLock(DbConnection connection, long key, bool acquired)
    {
        _connection = connection;
        _key = key;
        Acquired = acquired;
    }

    public bool Acquired { get; }

    public static async Task<PostgresJobLock?> TryAcquireAsync(DbContext db, string name, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var key = Key(name);
        if (db.Database.GetConnectionString() is not { Length: > 0 } connectionString)
        {
            return null; // a context bound to a shared connection: the lease row decides
        }

        var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_try_advisory_lock(@key)";
        command.Parameters.Add(new Npgsql.NpgsqlParameter("key", key));
        var acquired = await command.ExecuteScalarAsync(cancellationToken) is true;
        return new PostgresJobLock(connection, key, acquired);
    }

    /// <summary>A stable 64-bit key per job name (the first 8 bytes of its SHA-256), the same on every node.</summary>
    internal static long Key(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("intranet-job:" + name)), 0);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Acquired)
            {
                await using var command = _connection.CreateCommand();
                command.CommandText = "SELECT pg_advisory_unlock(@key)";
                command.Parameters.Add(new Npgsql.NpgsqlParameter("key", _key));
                await command.ExecuteScalarAsync();
            }
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
