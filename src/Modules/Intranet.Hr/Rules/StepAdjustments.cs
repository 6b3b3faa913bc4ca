using Intranet.Hr.Models;

namespace Intranet.Hr.Rules;

/// <summary>
/// What moves the next step date: extensions (kéo dài, TT 08/2013 Art. 2(3) as amended by TT 03/2021 — 6 months per
/// year rated "không hoàn thành nhiệm vụ", 3/6/12 months for a discipline, summed) and an early increase
/// (nâng trước thời hạn, Art. 3 — at most 12 months).
/// </summary>
public sealed record StepAdjustments(int ExtensionMonths, int EarlyMonths)
{
    /// <summary>The law's cap on an early increase (TT 08/2013 Art. 3(1)(a)).</summary>
    public const int MaxEarlyMonths = 12;

    /// <summary>Months added for each year rated "không hoàn thành nhiệm vụ".</summary>
    public const int FailedRatingMonths = 6;

    public static StepAdjustments None { get; } = new(0, 0);

    /// <summary>
    /// Adjustments from what was recorded while the current step was held (from <paramref name="since"/>):
    /// every failed annual rating of a year ending on or after <paramref name="since"/> adds 6 months, every discipline
    /// signed from then adds its months, and the largest early-step award counts (one early increase per step, capped
    /// at 12). No early increase while a discipline was recorded in the same period (TT 08/2013 Art. 3).
    /// </summary>
    public static StepAdjustments From(
        DateOnly since,
        IEnumerable<RatingEntry> ratings,
        IEnumerable<DisciplineEntry> disciplines,
        IEnumerable<AwardEntry> awards)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(disciplines);
        ArgumentNullException.ThrowIfNull(awards);

        var failedYears = ratings.Where(r => r.Rating == Rating.NotCompleted && r.Year >= since.Year)
            .Select(r => r.Year).Distinct().Count();
        var disciplined = disciplines.Where(d => d.EffectiveFrom >= since).ToList();
        var extension = failedYears * FailedRatingMonths + disciplined.Sum(d => Math.Max(0, d.StepExtensionMonths));
        var early = disciplined.Count > 0
            ? 0
            : awards.Where(a => a.EffectiveFrom >= since).Select(a => a.EarlyStepMonths).DefaultIfEmpty(0).Max();
        return new StepAdjustments(extension, Math.Clamp(early, 0, MaxEarlyMonths));
    }

    /// <summary>
    /// The extension a discipline form carries for a category of staff (TT 08/2013 Art. 2(3) as amended by TT 03/2021):
    /// cán bộ/công chức: khiển trách, cảnh cáo 6; giáng chức, cách chức 12. Viên chức/người lao động: khiển trách 3,
    /// cảnh cáo 6, cách chức 12. Forms the rule does not name give 0 (the officer enters the months).
    /// </summary>
    public static int ExtensionFor(string? disciplineForm, StaffCategory category)
    {
        var form = CodeNames.Key(disciplineForm ?? "");
        var publicEmployee = category is StaffCategory.PublicEmployee or StaffCategory.Contract;
        return form switch
        {
            "khientrach" => publicEmployee ? 3 : 6,
            "canhcao" => 6,
            "giangchuc" => publicEmployee ? 0 : 12,
            "cachchuc" => 12,
            _ => 0,
        };
    }
}
