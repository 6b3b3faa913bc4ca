using System.Data.Common;
using Intranet.AuditTrail.Models;
using Microsoft.Data.Sqlite;

namespace Intranet.AuditTrail.Services;

/// <summary>Appends an entry to a chain on a connection that is already inside a write transaction.</summary>
internal static class AuditChainWriter
{
    public static async Task<AuditEntry> AppendAsync(DbConnection connection, DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        if (connection is not SqliteConnection)
        {
            // SQLite's BEGIN IMMEDIATE already holds the database's write lock; elsewhere take the table's.
            await ExecuteAsync(connection, transaction, "LOCK TABLE \"AuditEntries\" IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        }

        long lastId = 0;
        var previousHash = AuditHasher.Genesis;
        await using (var last = connection.CreateCommand())
        {
            last.Transaction = transaction;
            last.CommandText = "SELECT \"Id\", \"Hash\" FROM \"AuditEntries\" ORDER BY \"Id\" DESC LIMIT 1";
            await using var reader = await last.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                lastId = reader.GetInt64(0);
                previousHash = reader.GetString(1);
            }
        }

        entry.Id = lastId + 1;
        entry.TimeUtc = AuditHasher.Normalize(entry.TimeUtc);
        entry.PreviousHash = previousHash;
        entry.Hash = AuditHasher.Compute(previousHash, entry);

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO \"AuditEntries\" (\"Id\", \"TimeUtc\", \"TenantName\", \"Category\", \"Action\", \"Subject\", \"Details\", \"Actor\", \"Succeeded\", \"PreviousHash\", \"Hash\") " +
            "VALUES (@id, @time, @tenant, @category, @action, @subject, @details, @actor, @succeeded, @previous, @hash)";
        Add(insert, "@id", entry.Id);
        Add(insert, "@time", entry.TimeUtc);
        Add(insert, "@tenant", entry.TenantName);
        Add(insert, "@category", entry.Category);
        Add(insert, "@action", entry.Action);
        Add(insert, "@subject", entry.Subject);
        Add(insert, "@details", entry.Details);
        Add(insert, "@actor", entry.Actor);
        Add(insert, "@succeeded", entry.Succeeded);
        Add(insert, "@previous", entry.PreviousHash);
        Add(insert, "@hash", entry.Hash);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return entry;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
