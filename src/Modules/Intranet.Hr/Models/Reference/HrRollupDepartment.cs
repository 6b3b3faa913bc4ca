namespace Intranet.Hr.Models.Reference;

/// <summary>
/// What the host's projection of a department was built from, to tell whether it is still that department's: the
/// number of records and the latest record update. The reconciliation compares these with the department's own
/// database and rebuilds the department's rows when they differ (an event missed: a crash between the department's
/// commit and the projection's, or a write made outside the module).
/// </summary>
public sealed class HrRollupDepartment
{
    public required string TenantName { get; set; }

    public int RecordCount { get; set; }

    public DateTime? LastUpdatedUtc { get; set; }

    public DateTime RefreshedUtc { get; set; }
}
