namespace Intranet.Hr.Rules;

/// <summary>
/// Regular step increases and the exceeding allowance (TT 08/2013/TT-BNV as amended by TT 03/2021; NĐ 204/2004 Art. 6
/// as amended by NĐ 76/2009): below the top step the next step is due after the scale's interval; at the top step the
/// allowance starts at 5 % after the same interval, then rises by 1 % every further 12 months. Extensions push either
/// date back; an early increase only brings a step forward (it never applies to the allowance).
/// </summary>
public static class StepRules
{
    /// <summary>The first exceeding-allowance rate.</summary>
    public const int FirstExceedingPercent = 5;

    public static NextStep Next(SalaryScale scale, int step, int exceedingPercent, DateOnly since, StepAdjustments adjustments)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(adjustments);
        if (step < 1 || step > scale.MaxStep)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"Bậc phải từ 1 đến {scale.MaxStep} (thang {scale.Code}).");
        }

        if (exceedingPercent < 0 || (exceedingPercent > 0 && step != scale.MaxStep))
        {
            throw new ArgumentOutOfRangeException(nameof(exceedingPercent), exceedingPercent,
                "Phụ cấp thâm niên vượt khung chỉ có ở bậc cuối của thang lương và không âm.");
        }

        if (adjustments.ExtensionMonths < 0 || adjustments.EarlyMonths < 0 || adjustments.EarlyMonths > StepAdjustments.MaxEarlyMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(adjustments), adjustments,
                $"Thời gian kéo dài không âm; nâng bậc trước thời hạn từ 0 đến {StepAdjustments.MaxEarlyMonths} tháng.");
        }

        var top = scale.CoefficientOf(scale.MaxStep);
        if (step < scale.MaxStep)
        {
            var months = scale.IntervalMonths + adjustments.ExtensionMonths - adjustments.EarlyMonths;
            return new NextStep(since.AddMonths(months), step + 1, scale.CoefficientOf(step + 1), 0, false);
        }

        return exceedingPercent == 0
            ? new NextStep(since.AddMonths(scale.IntervalMonths + adjustments.ExtensionMonths), step, top, FirstExceedingPercent, true)
            : new NextStep(since.AddMonths(12 + adjustments.ExtensionMonths), step, top, exceedingPercent + 1, true);
    }
}
