using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Work;

/// <summary>
/// One line of a work list: whose record, what is due and when. Step lines carry the current and proposed step;
/// retirement lines the date the person must be told by (6 months ahead).
/// </summary>
public sealed record WorkItem(
    int RecordId,
    string FullName,
    string MaskedPersonalId,
    string? UnitName,
    DraftKind Kind,
    DateOnly DueDate,
    bool Overdue)
{
    public string? RankCode { get; init; }

    public string? ScaleCode { get; init; }

    public int? CurrentStep { get; init; }

    public decimal? CurrentCoefficient { get; init; }

    public int? CurrentExceedingPercent { get; init; }

    public int? NextStep { get; init; }

    public decimal? NextCoefficient { get; init; }

    public int? NextExceedingPercent { get; init; }

    /// <summary>Months the due date moved: extensions (positive) minus an early increase.</summary>
    public int? ExtensionMonths { get; init; }

    public int? EarlyMonths { get; init; }

    /// <summary>Retirement: the day by which the person must have been told (6 months before the date).</summary>
    public DateOnly? NotifyBy { get; init; }

    /// <summary>Retirement: the notice is due now (on or after <see cref="NotifyBy"/>) and no decision is confirmed yet.</summary>
    public bool MustNotifyNow { get; init; }

    /// <summary>A retirement or end already confirmed and waiting for its date.</summary>
    public bool Scheduled { get; init; }

    /// <summary>An unconfirmed draft for this line, when there is one.</summary>
    public int? DraftId { get; init; }
}
