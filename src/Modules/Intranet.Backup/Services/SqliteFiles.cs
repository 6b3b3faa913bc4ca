using Microsoft.Data.Sqlite;

namespace Intranet.Backup.Services;

/// <summary>SQLite work a backup needs: the online backup API, the schema versions, the integrity check.</summary>
public static class SqliteFiles
{
    private static ReadOnlySpan<byte> Signature => "SQLite format 3\0"u8;

    public static bool IsDatabase(string path)
    {
        Span<byte> head = stackalloc byte[16];
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return file.ReadAtLeast(head, 16, throwOnEndOfStream: false) == 16 && head.SequenceEqual(Signature);
    }

    /// <summary>
    /// A consistent copy of a live database (writers keep writing: in WAL mode the backup reads a snapshot).
    /// Files the live site writes -wal/-shm beside are never copied by hand.
    /// </summary>
    public static void BackUp(string source, string destination)
    {
        using var from = Open(source, SqliteOpenMode.ReadWrite);
        using var to = Open(destination, SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);
    }

    /// <summary>Each EF Core history table's last migration: "__EFMigrationsHistory_Audit" → "20261123…_InitialAudit".</summary>
    public static Dictionary<string, string> Migrations(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadWrite); // our own copy; read-only cannot open a WAL file without its -shm
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                var name = reader.GetString(0);
                if (name.StartsWith("__EFMigrationsHistory", StringComparison.Ordinal))
                {
                    tables.Add(name);
                }
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var last = connection.CreateCommand();
            last.CommandText = $"SELECT MAX(MigrationId) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            if (last.ExecuteScalar() is string id)
            {
                result[table] = id;
            }
        }

        return result;
    }

    /// <summary>"ok", or SQLite's first complaints.</summary>
    public static string IntegrityCheck(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadWrite); // our own copy; read-only cannot open a WAL file without its -shm
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check(5)";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // No pooling: a pooled handle would keep a temp file (or the live file) open after we are done.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }
}
