using Intranet.Backup.Crypto;
using Intranet.Backup.Models;

namespace Intranet.Backup.Services;

/// <summary>
/// <c>backup restore</c>: only into an empty App_Data (a restore never merges with, or overwrites, live data).
/// Everything is written into a 0700 folder beside App_Data, checked (authentication, SHA-256, manifest,
/// integrity, versions), and only then renamed into place in one step: a refused or failed restore leaves
/// App_Data exactly as it was. Lucene indexes are not in the archive; the first start rebuilds them.
/// </summary>
public static class BackupRestorer
{
    public static async Task<BackupManifest> RestoreAsync(string archivePath, string appData, BackupKey key, ProductVersion product, CancellationToken cancellationToken)
    {
        appData = Path.GetFullPath(appData).TrimEnd(Path.DirectorySeparatorChar);
        RefuseNonEmpty(appData);
        var parent = Path.GetDirectoryName(appData)!;
        Directory.CreateDirectory(parent);
        using var staging = new SecureTempFolder(parent, "." + Path.GetFileName(appData) + ".restore-");
        var folderModes = new List<(string Path, UnixFileMode Mode)>();
        var manifest = await BackupReader.ReadAsync(archivePath, key, async (path, data, mode, ct) =>
        {
            var target = Path.Combine(staging.Path, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 1 << 16 };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using var file = new FileStream(target, options);
            await data.CopyToAsync(file, ct);
            folderModes.Add((target, Permissions(mode)));
        }, (path, mode) =>
        {
            var folder = Path.Combine(staging.Path, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(folder);
            folderModes.Add((folder, Permissions(mode)));
        }, cancellationToken);

        foreach (var entry in manifest.Entries.Where(e => e.Kind == ArchiveKinds.Database))
        {
            var result = SqliteFiles.IntegrityCheck(Path.Combine(staging.Path, entry.Path));
            if (result != "ok")
            {
                throw new BackupException(BackupError.Tampered, $"Cơ sở dữ liệu {entry.Path} không toàn vẹn: {result}.", $"Database {entry.Path} fails its integrity check: {result}.");
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        BackupCompatibility.Check(manifest, product);

        if (!OperatingSystem.IsWindows())
        {
            // Files first, then folders deepest first, so a read-only folder does not stop the rest.
            foreach (var (path, mode) in folderModes.OrderByDescending(f => f.Path.Length))
            {
                if (mode != 0)
                {
                    File.SetUnixFileMode(path, mode);
                }
            }
        }

        RefuseNonEmpty(appData); // again: something may have written there while the archive was read
        if (Directory.Exists(appData))
        {
            Directory.Delete(appData, recursive: true); // empty folders only
        }

        Directory.Move(staging.Path, appData);
        staging.Kept = true;
        if (!OperatingSystem.IsWindows() && manifest.RootMode is { } root && root != 0)
        {
            File.SetUnixFileMode(appData, Permissions((UnixFileMode)root) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return manifest;
    }

    private static void RefuseNonEmpty(string appData)
    {
        if (Directory.Exists(appData) && Directory.EnumerateFiles(appData, "*", SearchOption.AllDirectories).Any())
        {
            throw new BackupException(BackupError.TargetNotEmpty,
                $"Thư mục dữ liệu {appData} không trống. Khôi phục chỉ ghi vào một App_Data trống, để không trộn hay ghi đè dữ liệu đang có; hãy dời thư mục cũ đi (hoặc chỉ định thư mục khác bằng --app-data) rồi chạy lại.",
                $"The data folder {appData} is not empty. Restore only writes into an empty App_Data, so that it never mixes with or overwrites existing data; move the old folder away (or name another with --app-data) and run again.");
        }
    }

    /// <summary>Permission bits only: never set-uid, set-gid or sticky from an archive.</summary>
    private static UnixFileMode Permissions(UnixFileMode mode) => mode & (UnixFileMode)0x1FF;
}
