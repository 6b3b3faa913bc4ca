namespace Intranet.Hr.Models;

/// <summary>
/// A civil servant's proposal to correct their own record (the decree makes them responsible for their data). An HR
/// officer approves it, which writes the value, or rejects it with a reason.
/// </summary>
public sealed class CorrectionRequest
{
    public int Id { get; set; }

    public int RecordId { get; set; }

    public HrGroup Group { get; set; } = HrGroup.Basic;

    /// <summary>The field as the record names it ("Hometown", "CurrentAddress"…) or "other" for free text.</summary>
    public required string Field { get; set; }

    public string? CurrentValue { get; set; }

    public required string ProposedValue { get; set; }

    /// <summary>The person's explanation and evidence in words.</summary>
    public string? Explanation { get; set; }

    public required string RequestedBy { get; set; }

    public DateTime RequestedUtc { get; set; }

    public CorrectionStatus Status { get; set; } = CorrectionStatus.Pending;

    public string? DecidedBy { get; set; }

    public DateTime? DecidedUtc { get; set; }

    /// <summary>Required when rejected.</summary>
    public string? DecisionReason { get; set; }
}
