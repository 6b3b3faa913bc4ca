namespace Intranet.Hr.Rules;

/// <summary>
/// The next salary change: either step <see cref="Step"/> from <see cref="DueDate"/>, or — at the top step — the
/// exceeding allowance (phụ cấp thâm niên vượt khung) rising to <see cref="ExceedingPercent"/> of the top coefficient.
/// </summary>
public sealed record NextStep(DateOnly DueDate, int Step, decimal Coefficient, int ExceedingPercent, bool IsExceedingAllowance)
{
    /// <summary>The allowance as a coefficient (e.g. 5 % of 4.98 = 0.249), added to <see cref="Coefficient"/> for pay.</summary>
    public decimal ExceedingCoefficient => Math.Round(Coefficient * ExceedingPercent / 100m, 4);
}
