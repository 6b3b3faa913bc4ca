namespace Intranet.Backup.Models;

public static class ArchiveKinds
{
    public const string Database = "database";
    public const string Keys = "keys";
    public const string File = "file";
    public const string ManifestName = "manifest.json";
}
