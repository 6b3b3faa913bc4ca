using Intranet.Hr.Services.Work;

namespace Intranet.Hr.ViewModels;

/// <summary>A work-list line as the API answers it (dates yyyy-MM-dd, the personal ID masked).</summary>
public sealed record WorkItemModel(
    int RecordId,
    string FullName,
    string PersonalId,
    string? Unit,
    string Kind,
    DateOnly DueDate,
    bool Overdue,
    string? RankCode,
    string? ScaleCode,
    int? CurrentStep,
    decimal? CurrentCoefficient,
    int? CurrentExceedingPercent,
    int? NextStep,
    decimal? NextCoefficient,
    int? NextExceedingPercent,
    int? ExtensionMonths,
    int? EarlyMonths,
    DateOnly? NotifyBy,
    bool MustNotifyNow,
    bool Scheduled,
    int? DraftId)
{
    public static WorkItemModel From(WorkItem i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.RecordId, i.FullName, i.MaskedPersonalId, i.UnitName, DraftModel.KindName(i.Kind), i.DueDate, i.Overdue, i.RankCode, i.ScaleCode,
            i.CurrentStep, i.CurrentCoefficient, i.CurrentExceedingPercent, i.NextStep, i.NextCoefficient, i.NextExceedingPercent,
            i.ExtensionMonths, i.EarlyMonths, i.NotifyBy, i.MustNotifyNow, i.Scheduled, i.DraftId);
    }
}
