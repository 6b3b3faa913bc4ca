namespace Intranet.Bench.Hr.Import;

public sealed record BenchPerson(string PersonalId, string FullName, bool Female, DateOnly BirthDate, string Rank, int Step, decimal Coefficient, DateOnly StepSince, string Unit, DateOnly PostedOn);
