namespace Intranet.Hr.Io.Import;

public sealed record ImportedSalary(string RankCode, string ScaleCode, int Step, decimal Coefficient, int ExceedingPercent, DateOnly StepSince, string? DecisionNumber);
