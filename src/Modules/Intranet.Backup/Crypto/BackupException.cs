namespace Intranet.Backup.Crypto;

/// <summary>
/// A refusal or failure an operator reads: Vietnamese first, then English, and never a secret (no key, no
/// passphrase, no file content).
/// </summary>
public sealed class BackupException : Exception
{
    public BackupException(BackupError error, string vietnamese, string english, Exception? inner = null)
        : base($"{vietnamese} / {english}", inner)
    {
        Error = error;
        Vietnamese = vietnamese;
        English = english;
    }

    public BackupError Error { get; }

    public string Vietnamese { get; }

    public string English { get; }

    public static BackupException Tampered(string what, Exception? inner = null) =>
        new(BackupError.Tampered, $"Tệp sao lưu đã bị sửa đổi hoặc hỏng ({what}); không dùng được.", $"The backup file was altered or is damaged ({what}); refused.", inner);
}
