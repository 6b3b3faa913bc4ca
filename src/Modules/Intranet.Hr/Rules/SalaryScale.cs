namespace Intranet.Hr.Rules;

/// <summary>
/// One salary scale (loại/nhóm of a table in NĐ 204/2004): the coefficients of steps 1..n and how long a step is held
/// (36 months for ranks requiring cao đẳng or higher, 24 for trung cấp or lower — TT 08/2013 Art. 2(1)(a)).
/// </summary>
public sealed record SalaryScale(string Code, string Name, IReadOnlyList<decimal> Coefficients, int IntervalMonths)
{
    public int MaxStep => Coefficients.Count;

    /// <summary>The coefficient of a step (1-based).</summary>
    public decimal CoefficientOf(int step) =>
        step >= 1 && step <= MaxStep
            ? Coefficients[step - 1]
            : throw new ArgumentOutOfRangeException(nameof(step), step, $"Bậc phải từ 1 đến {MaxStep} ({Code}).");
}
