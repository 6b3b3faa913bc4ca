namespace Intranet.Learning;

/// <summary>The feature ids of the module.</summary>
public static class LearningFeatures
{
    /// <summary>The province's catalogue and every learning record, in the host database (one catalogue for the province).</summary>
    public const string Province = "Intranet.Learning";

    /// <summary>A department's own courses, its members' enrolments and its training report (data still at the host, scoped by tenant).</summary>
    public const string Department = "Intranet.Learning.Department";
}
