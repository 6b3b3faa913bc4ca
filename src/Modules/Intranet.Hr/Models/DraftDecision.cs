namespace Intranet.Hr.Models;

/// <summary>
/// A decision drafted from a work list (due step increase, retirement…). Nothing changes pay by itself: the row is
/// written only when a person confirms the draft with the decision's number, date and signer.
/// </summary>
public sealed class DraftDecision
{
    public int Id { get; set; }

    public int RecordId { get; set; }

    public DraftKind Kind { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>For step drafts: the proposed step, coefficient and exceeding percent.</summary>
    public int? Step { get; set; }

    public decimal? Coefficient { get; set; }

    public int? ExceedingPercent { get; set; }

    public Decision Decision { get; set; } = new();

    public DraftStatus Status { get; set; } = DraftStatus.Draft;

    public required string CreatedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? ConfirmedBy { get; set; }

    public DateTime? ConfirmedUtc { get; set; }
}
