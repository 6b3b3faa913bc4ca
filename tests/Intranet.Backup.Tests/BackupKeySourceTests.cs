using Intranet.Backup.Crypto;
using Intranet.Backup.Services;

namespace Intranet.Backup.Tests;

/// <summary>Where the key comes from: --key-file, then INTRANET_BACKUP_KEY, then configuration.</summary>
public sealed class BackupKeySourceTests
{
    private static readonly string Raw = BackupKey.Generate();

    [Fact]
    public void The_key_file_wins_then_the_environment_then_configuration()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "cụm mật khẩu trong tệp khóa\n");
        var options = new BackupOptions { Key = "cụm mật khẩu trong cấu hình" };
        try
        {
            Assert.False(BackupKeySource.Resolve(file, options, _ => Raw).IsRaw);
            Assert.True(BackupKeySource.Resolve(null, options, _ => Raw).IsRaw);
            Assert.False(BackupKeySource.Resolve(null, options, _ => null).IsRaw);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void No_key_anywhere_or_a_missing_key_file_is_a_clear_refusal()
    {
        var none = Assert.Throws<BackupException>(() => BackupKeySource.Resolve(null, new BackupOptions(), _ => null));
        Assert.Equal(BackupError.InvalidKey, none.Error);
        Assert.Contains(BackupOptions.KeyEnvironmentVariable, none.Message);

        var missing = Assert.Throws<BackupException>(() => BackupKeySource.Resolve("/nonexistent/backup.key", new BackupOptions(), _ => null));
        Assert.Contains("Không tìm thấy tệp khóa", missing.Message);
    }
}
