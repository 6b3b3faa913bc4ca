using Intranet.Backup.Crypto;
using Intranet.Backup.Models;

namespace Intranet.Backup.Services;

/// <summary>
/// Refuses an archive this build cannot serve: a newer manifest format, a newer product version, or a database
/// whose schema has a migration this build does not know (it would start on a schema it cannot read or migrate).
/// </summary>
public static class BackupCompatibility
{
    public static void Check(BackupManifest manifest, ProductVersion product)
    {
        if (manifest.Format > BackupManifest.CurrentFormat)
        {
            throw Mismatch($"định dạng danh mục {manifest.Format}", $"manifest format {manifest.Format}");
        }

        if (manifest.Product != "Intranet")
        {
            throw new BackupException(BackupError.Mismatched, $"Tệp sao lưu của sản phẩm khác ({manifest.Product}).", $"The backup is of another product ({manifest.Product}).");
        }

        if (product.IsNewer(manifest.ProductVersion))
        {
            throw Mismatch($"phiên bản {manifest.ProductVersion}, mới hơn phiên bản đang chạy {product.Version}", $"version {manifest.ProductVersion}, newer than this build's {product.Version}");
        }

        foreach (var entry in manifest.Entries.Where(e => e.Migrations is not null))
        {
            foreach (var (table, migration) in entry.Migrations!)
            {
                if (!product.KnownMigrations.Contains(migration))
                {
                    throw Mismatch($"lược đồ {migration} trong {entry.Path} ({table}) mà phiên bản này chưa biết",
                        $"schema migration {migration} in {entry.Path} ({table}) that this build does not know");
                }
            }
        }
    }

    private static BackupException Mismatch(string vietnamese, string english) =>
        new(BackupError.Mismatched,
            $"Tệp sao lưu được tạo bởi một phiên bản mới hơn ({vietnamese}); hãy khôi phục bằng phiên bản đó hoặc mới hơn.",
            $"The backup was made by a newer version ({english}); restore it with that version or later.");
}
