namespace Intranet.StaffDirectory;

/// <summary>The feature ids of the module (the integration contract names them).</summary>
public static class DirectoryFeatures
{
    /// <summary>A department's units, positions and people (tenant database).</summary>
    public const string Department = "Intranet.Directory";

    /// <summary>The province-wide directory and its index, at the host.</summary>
    public const string Province = "Intranet.Directory.Province";
}
