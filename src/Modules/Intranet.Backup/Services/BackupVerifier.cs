using Intranet.Backup.Crypto;
using Intranet.Backup.Models;

namespace Intranet.Backup.Services;

/// <summary>
/// <c>backup verify</c>: the whole archive decrypts and authenticates, every entry matches the manifest's
/// SHA-256, every database passes <c>PRAGMA integrity_check</c>, and this build could restore it. Each database
/// is written, clear, only to a 0700 temporary folder, checked and deleted before the next one.
/// </summary>
public static class BackupVerifier
{
    public static async Task<VerifyReport> VerifyAsync(string archivePath, BackupKey key, ProductVersion product, CancellationToken cancellationToken)
    {
        using var temp = new SecureTempFolder();
        var checks = new Dictionary<string, DatabaseCheck>(StringComparer.Ordinal);
        var manifest = await BackupReader.ReadAsync(archivePath, key, async (path, data, _, ct) =>
        {
            var head = new byte[16];
            var read = await data.ReadAtLeastAsync(head, 16, throwOnEndOfStream: false, ct);
            if (read < 16 || !head.AsSpan().SequenceEqual("SQLite format 3\0"u8))
            {
                return; // not a database: the reader hashes the rest
            }

            var copy = temp.File(Guid.NewGuid().ToString("N") + ".db");
            try
            {
                await using (var file = new FileStream(copy, FileMode.CreateNew, FileAccess.Write))
                {
                    await file.WriteAsync(head, ct);
                    await data.CopyToAsync(file, ct);
                }

                checks[path] = new DatabaseCheck(path, SqliteFiles.IntegrityCheck(copy));
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }, null, cancellationToken);

        var databases = new List<DatabaseCheck>();
        foreach (var entry in manifest.Entries.Where(e => e.Kind == ArchiveKinds.Database))
        {
            var check = checks.GetValueOrDefault(entry.Path) ?? new DatabaseCheck(entry.Path, "not a SQLite file");
            if (!check.Ok)
            {
                throw new BackupException(BackupError.Tampered, $"Cơ sở dữ liệu {entry.Path} không toàn vẹn: {check.Result}.",
                    $"Database {entry.Path} fails its integrity check: {check.Result}.");
            }

            databases.Add(check);
        }

        BackupCompatibility.Check(manifest, product);
        return new VerifyReport(manifest, databases);
    }
}
