using Intranet.Core.Staff;

namespace Intranet.Hr.Models.Reference;

/// <summary>
/// One record of a department as the province roll-up counts it, kept at the host so the roll-up is one grouped
/// query: no name, no personal ID, no record content beyond what is counted (sex, birth date, current scale, status
/// and closing date). Maintained by <c>RollupProjectionUpdater</c> after each change commits; rebuilt per department
/// by <c>RollupProjection</c> when missing or stale.
/// </summary>
public sealed class HrRollupRow
{
    public required string TenantName { get; set; }

    public int RecordId { get; set; }

    public StaffSex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    public StaffStatus Status { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>The scale of the latest salary row in force on the day the row was written; null without one.</summary>
    public string? ScaleCode { get; set; }

    /// <summary>The date of the next future-dated salary row, if any: from that day the row must be refreshed.</summary>
    public DateOnly? ScaleChangesOn { get; set; }
}
