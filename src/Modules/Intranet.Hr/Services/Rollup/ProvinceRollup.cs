namespace Intranet.Hr.Services.Rollup;

/// <summary>The province's roll-up: one row per department and the totals.</summary>
public sealed record ProvinceRollup(DateOnly AsOf, IReadOnlyList<DepartmentCounts> Departments, DepartmentCounts Total, long ElapsedMilliseconds);
