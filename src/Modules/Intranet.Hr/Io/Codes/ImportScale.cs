namespace Intranet.Hr.Io.Codes;

/// <summary>A salary scale's coefficients, step 1 first.</summary>
public sealed record ImportScale(string Code, IReadOnlyList<decimal> Coefficients)
{
    public int MaxStep => Coefficients.Count;

    public decimal? CoefficientOf(int step) => step >= 1 && step <= Coefficients.Count ? Coefficients[step - 1] : null;
}
