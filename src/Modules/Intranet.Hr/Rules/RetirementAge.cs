namespace Intranet.Hr.Rules;

/// <summary>The retirement date (end of that day) and the age the law applied to reach it.</summary>
public sealed record RetirementAge(DateOnly Date, int Years, int Months)
{
    /// <summary>Pension starts on the first day of the following month (NĐ 135/2020 Art. 3(2)).</summary>
    public DateOnly PensionFrom => Date.AddDays(1);
}
