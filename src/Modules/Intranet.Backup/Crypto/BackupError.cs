namespace Intranet.Backup.Crypto;

/// <summary>Why an archive was refused; the CLI's exit code and the tests tell these apart.</summary>
public enum BackupError
{
    NotABackup,
    UnsupportedVersion,
    WrongKey,
    Tampered,
    Mismatched,
    InvalidKey,
    TargetNotEmpty,
    Failed,
}
