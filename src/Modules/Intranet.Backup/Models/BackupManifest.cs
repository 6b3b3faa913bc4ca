namespace Intranet.Backup.Models;

/// <summary>
/// manifest.json, the archive's last entry: what made the archive, what it holds and each entry's SHA-256. Restore
/// compares every entry against it and refuses an archive a newer build made.
/// </summary>
public sealed class BackupManifest
{
    public const int CurrentFormat = 1;

    public int Format { get; set; } = CurrentFormat;

    public string Product { get; set; } = "Intranet";

    public string ProductVersion { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Unix mode of App_Data itself (the mail daemons' group may need to enter it).</summary>
    public int? RootMode { get; set; }

    public List<ManifestTenant> Tenants { get; set; } = [];

    public List<ManifestEntry> Entries { get; set; } = [];

    /// <summary>What is deliberately not in the archive, and why (rebuildable caches, external databases).</summary>
    public List<string> NotIncluded { get; set; } = [];
}
