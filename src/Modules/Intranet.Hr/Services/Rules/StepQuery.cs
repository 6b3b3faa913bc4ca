using Intranet.Hr.Rules;

namespace Intranet.Hr.Services.Rules;

/// <summary>The parsed arguments of a next-step calculation.</summary>
public sealed record StepQuery(SalaryScale Scale, int Step, DateOnly Since, int ExceedingPercent, StepAdjustments Adjustments);
