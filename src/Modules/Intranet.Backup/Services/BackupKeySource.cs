using Intranet.Backup.Crypto;

namespace Intranet.Backup.Services;

/// <summary>
/// Finds the operator's key: a key file named on the command line, else the environment variable
/// <c>INTRANET_BACKUP_KEY</c>, else configuration (<c>Intranet:Backup:KeyFile</c>, then <c>Intranet:Backup:Key</c>).
/// The key's text is never logged or echoed.
/// </summary>
public static class BackupKeySource
{
    public static BackupKey Resolve(string? keyFile, BackupOptions options, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (keyFile is { Length: > 0 })
        {
            return FromFile(keyFile);
        }

        if (environment(BackupOptions.KeyEnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return BackupKey.Parse(fromEnvironment);
        }

        if (options.KeyFile is { Length: > 0 } configuredFile)
        {
            return FromFile(configuredFile);
        }

        if (options.Key is { Length: > 0 } configured)
        {
            return BackupKey.Parse(configured);
        }

        throw new BackupException(BackupError.InvalidKey,
            $"Chưa có khóa sao lưu: dùng --key-file TỆP, biến môi trường {BackupOptions.KeyEnvironmentVariable}, hoặc Intranet:Backup:KeyFile.",
            $"No backup key: give --key-file FILE, the {BackupOptions.KeyEnvironmentVariable} environment variable, or Intranet:Backup:KeyFile.");
    }

    private static BackupKey FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new BackupException(BackupError.InvalidKey, $"Không tìm thấy tệp khóa {path}.", $"Key file {path} not found.");
        }

        return BackupKey.Parse(File.ReadAllText(path));
    }
}
