namespace Intranet.Backup.Services;

/// <summary>Configuration section "Intranet:Backup": the schedule, where archives go, how many are kept, the key.</summary>
public sealed class BackupOptions
{
    public const string Section = "Intranet:Backup";

    public const string KeyEnvironmentVariable = "INTRANET_BACKUP_KEY";

    /// <summary>Daily local time "HH:mm" (e.g. "02:00"; "daily 02:00" is read the same). Empty: no scheduled backups.</summary>
    public string? Schedule { get; set; }

    /// <summary>Instead of a daily time, every so often (e.g. "06:00:00"); for frequent backups and tests.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>Where scheduled archives go; relative to the content root. Keep it off App_Data's disk if you can.</summary>
    public string Folder { get; set; } = "backups";

    /// <summary>Keep the newest archive of each of this many most recent days that have one.</summary>
    public int KeepDaily { get; set; } = 7;

    /// <summary>And the newest archive of each of this many most recent months that have one.</summary>
    public int KeepMonthly { get; set; } = 12;

    /// <summary>A file holding the key (a base64 32-byte key or a passphrase); mode 0600, owned by the service.</summary>
    public string? KeyFile { get; set; }

    /// <summary>The key itself; prefer <see cref="KeyFile"/> or the environment variable, which stay out of config files.</summary>
    public string? Key { get; set; }
}
