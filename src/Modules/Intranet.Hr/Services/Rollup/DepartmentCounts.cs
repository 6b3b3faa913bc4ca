namespace Intranet.Hr.Services.Rollup;

/// <summary>Active staff of one department on a date, by sex, age band and rank group: counts, never names.</summary>
public sealed record DepartmentCounts(
    string TenantName,
    string DisplayName,
    int Total,
    IReadOnlyDictionary<string, int> BySex,
    IReadOnlyDictionary<string, int> ByAgeBand,
    IReadOnlyDictionary<string, int> ByRankGroup,
    string? Error = null);
