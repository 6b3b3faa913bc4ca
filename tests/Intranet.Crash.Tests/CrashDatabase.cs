using Microsoft.Data.Sqlite;

namespace Intranet.Crash.Tests;

/// <summary>Read-only looks into the SQLite files a server left (host, department, mail.db), without pooling so no file stays held.</summary>
internal static class CrashDatabase
{
    public static string HostDb(string appData) => TenantDb(appData, "Default");

    public static string TenantDb(string appData, string tenant) => Path.Combine(appData, "Sites", tenant, "intranet.db");

    public static string MailDb(string appData) => Path.Combine(appData, "mail", "mail.db");

    public static long Scalar(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Migrations applied, over every module's history table (<c>__EFMigrationsHistory_Directory</c>, …).</summary>
    public static long MigrationsApplied(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type='table' AND name LIKE '\\_\\_EFMigrationsHistory%' ESCAPE '\\'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.Sum(t => Count(file, t));
    }

    /// <summary>0 when the table does not exist yet.</summary>
    public static long Count(string file, string table) =>
        Scalar(file, $"SELECT count(*) FROM sqlite_master WHERE type='table' AND name='{table}'") == 0 ? 0 : Scalar(file, $"SELECT count(*) FROM \"{table}\"");

    /// <summary><c>TenantState.Initializing</c>, as the registry stores it.</summary>
    public const long TenantStateInitializing = 1;

    /// <summary>The department's state in the host registry, null without a row.</summary>
    public static long? TenantState(string hostDb, string name)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = hostDb, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT State FROM Tenants WHERE Name = $name";
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteScalar() is long state ? state : null;
    }

    /// <summary>The newest audit entry of a category about a subject, null without one.</summary>
    public static AuditRow? LastAudit(string db, string category, string subject)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Action, Succeeded, Actor, Details FROM AuditEntries WHERE Category = $category AND Subject = $subject ORDER BY Id DESC LIMIT 1";
        command.Parameters.AddWithValue("$category", category);
        command.Parameters.AddWithValue("$subject", subject);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new AuditRow(reader.GetString(0), reader.GetBoolean(1), reader.GetString(2), reader.IsDBNull(3) ? "" : reader.GetString(3)) : null;
    }
}
