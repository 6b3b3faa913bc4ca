namespace Intranet.Hr;

/// <summary>The feature ids of the module.</summary>
public static class HrFeatures
{
    /// <summary>A department's personnel records (tenant database).</summary>
    public const string Department = "Intranet.Hr";

    /// <summary>The province's code lists, roll-ups (counts, not records) and transfers between departments, at the host.</summary>
    public const string Province = "Intranet.Hr.Province";
}
