using System.Formats.Tar;
using System.Text.Json;
using Intranet.Backup.Crypto;
using Intranet.Backup.Models;

namespace Intranet.Backup.Services;

/// <summary>
/// Writes one encrypted archive of App_Data while the site runs: a tar stream (databases through SQLite's online
/// backup, other files as they are, manifest.json last) going through <see cref="EncryptingStream"/> into
/// "{file}.partial", renamed to the file only once complete, so a crash never leaves a file that looks finished.
/// </summary>
public static class BackupWriter
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static async Task<BackupManifest> WriteAsync(string appData, string outputPath, BackupKey key, BackupManifest manifest,
        IEnumerable<string> excluded, CancellationToken cancellationToken)
    {
        outputPath = Path.GetFullPath(outputPath);
        if (File.Exists(outputPath))
        {
            throw new BackupException(BackupError.Failed, $"Tệp {outputPath} đã tồn tại; chọn tên khác.", $"{outputPath} already exists; choose another name.");
        }

        var partial = outputPath + ".partial";
        var (files, folders) = AppDataScanner.Scan(appData, excluded.Append(outputPath).Append(partial));
        manifest.RootMode = AppDataScanner.ModeOf(new DirectoryInfo(appData));
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16 };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            await using (var file = new FileStream(partial, options))
            {
                using var encrypting = new EncryptingStream(file, key);
                await using (var tar = new TarWriter(encrypting, TarEntryFormat.Pax, leaveOpen: true))
                {
                    foreach (var (relative, mode) in folders)
                    {
                        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, relative + "/") { Mode = (UnixFileMode)mode }, cancellationToken);
                    }

                    using var temp = new SecureTempFolder();
                    foreach (var source in files)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        manifest.Entries.Add(await WriteFileAsync(tar, source, temp, cancellationToken));
                    }

                    var json = JsonSerializer.SerializeToUtf8Bytes(manifest, Json);
                    await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, ArchiveKinds.ManifestName)
                    {
                        DataStream = new MemoryStream(json),
                        Mode = OwnerOnly,
                        ModificationTime = manifest.CreatedUtc,
                    }, cancellationToken);
                }

                encrypting.Complete();
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(partial, outputPath);
            return manifest;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    private static async Task<ManifestEntry> WriteFileAsync(TarWriter tar, AppDataFile source, SecureTempFolder temp, CancellationToken cancellationToken)
    {
        var path = source.FullPath;
        string? snapshot = null;
        Dictionary<string, string>? migrations = null;
        if (source.Kind == ArchiveKinds.Database)
        {
            // The clear-text snapshot lives only in the 0700 folder, and only until it is in the archive.
            snapshot = temp.File(Guid.NewGuid().ToString("N") + ".db");
            SqliteFiles.BackUp(source.FullPath, snapshot);
            migrations = SqliteFiles.Migrations(snapshot);
            path = snapshot;
        }

        try
        {
            var info = new FileInfo(source.FullPath);
            await using var data = new HashingReadStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16));
            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, source.RelativePath)
            {
                DataStream = data,
                Mode = (UnixFileMode)AppDataScanner.ModeOf(info),
                ModificationTime = info.LastWriteTimeUtc,
            }, cancellationToken);
            if (!data.Complete)
            {
                throw new BackupException(BackupError.Failed, $"Tệp {source.RelativePath} bị cắt ngắn trong khi sao lưu; hãy chạy lại.",
                    $"{source.RelativePath} shrank while being backed up; run the backup again.");
            }

            return new ManifestEntry { Path = source.RelativePath, Kind = source.Kind, Size = data.Length, Sha256 = data.HashHex(), Migrations = migrations };
        }
        finally
        {
            if (snapshot is not null)
            {
                File.Delete(snapshot);
            }
        }
    }
}
