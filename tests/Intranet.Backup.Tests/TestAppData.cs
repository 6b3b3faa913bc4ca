using Microsoft.Data.Sqlite;

namespace Intranet.Backup.Tests;

/// <summary>A small App_Data on disk: a WAL database with a migration history, an upload, keys, a Lucene index.</summary>
internal sealed class TestAppData : IDisposable
{
    public TestAppData()
    {
        Root = Path.Combine(Path.GetTempPath(), "intranet-backup-tests", Guid.NewGuid().ToString("N"));
        AppData = Path.Combine(Root, "App_Data");
        System.IO.Directory.CreateDirectory(Path.Combine(AppData, "Sites", "Default", "Lucene", "people"));
        System.IO.Directory.CreateDirectory(Path.Combine(AppData, "Sites", "Default", "directory", "photos"));
        System.IO.Directory.CreateDirectory(Path.Combine(AppData, "DataProtection-Keys"));
        File.WriteAllText(Path.Combine(AppData, "Sites", "Default", "Lucene", "people", "segments_1"), "index");
        File.WriteAllBytes(Path.Combine(AppData, "Sites", "Default", "directory", "photos", "1.jpg"), [0xFF, 0xD8, 1, 2, 3]);
        File.WriteAllText(Path.Combine(AppData, "DataProtection-Keys", "key-1.xml"), "<key/>");
        Database = Path.Combine(AppData, "Sites", "Default", "intranet.db");
        Execute(Database, "PRAGMA journal_mode=WAL; CREATE TABLE People(Id INTEGER PRIMARY KEY, Name TEXT); INSERT INTO People(Name) VALUES ('Nguyễn Văn An'), ('Trần Thị Bình');" +
            "CREATE TABLE \"__EFMigrationsHistory_Test\"(MigrationId TEXT PRIMARY KEY, ProductVersion TEXT); INSERT INTO \"__EFMigrationsHistory_Test\" VALUES ('20261123104820_InitialAudit', '10.0.5');");
    }

    public string Root { get; }

    public string AppData { get; }

    public string Database { get; }

    public string NewPath(string name) => Path.Combine(Root, name);

    public static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
