namespace Intranet.Hr.Rules;

/// <summary>The base salary (lương cơ sở) from a day, and the decree that set it. Pay = coefficient × amount.</summary>
public sealed record BaseSalary(DateOnly ValidFrom, decimal Amount, string Instrument);
