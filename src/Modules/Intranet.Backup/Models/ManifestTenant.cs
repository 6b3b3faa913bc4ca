namespace Intranet.Backup.Models;

/// <summary>A tenant as it was when the archive was made (for the operator and for the restore test).</summary>
public sealed class ManifestTenant
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string State { get; set; } = "";

    public string DatabaseProvider { get; set; } = "";
}
