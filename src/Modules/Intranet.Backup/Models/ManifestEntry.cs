namespace Intranet.Backup.Models;

/// <summary>One file of App_Data in the archive, by its path relative to App_Data ('/' separated).</summary>
public sealed class ManifestEntry
{
    public string Path { get; set; } = "";

    /// <summary>"database" (an online SQLite backup), "keys" (data-protection keys) or "file".</summary>
    public string Kind { get; set; } = "file";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>For databases: the last applied migration of each EF Core history table, by table name.</summary>
    public Dictionary<string, string>? Migrations { get; set; }
}
