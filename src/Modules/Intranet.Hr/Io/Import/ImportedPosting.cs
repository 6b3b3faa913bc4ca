namespace Intranet.Hr.Io.Import;

public sealed record ImportedPosting(string? UnitName, string? JobPosition, string? Post, DateOnly Since);
