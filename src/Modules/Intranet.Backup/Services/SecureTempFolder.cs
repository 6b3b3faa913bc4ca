namespace Intranet.Backup.Services;

/// <summary>
/// A folder only the service account can enter (0700), for the few clear-text files a backup needs (a database
/// snapshot before it is encrypted, a database being checked). Deleted with everything in it on dispose.
/// </summary>
public sealed class SecureTempFolder : IDisposable
{
    public SecureTempFolder(string? parent = null, string prefix = "intranet-backup-")
    {
        Path = System.IO.Path.Combine(parent ?? System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path);
        }
        else
        {
            Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Path { get; }

    /// <summary>Set once the folder has been moved into place (restore): there is nothing left to delete.</summary>
    public bool Kept { get; set; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Kept || !Directory.Exists(Path))
        {
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A handle still closing; one retry after the pools let go.
            Thread.Sleep(200);
            Directory.Delete(Path, recursive: true);
        }
    }
}
