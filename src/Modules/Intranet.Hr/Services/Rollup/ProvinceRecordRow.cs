using Intranet.Core.Staff;

namespace Intranet.Hr.Services.Rollup;

/// <summary>A line of a department's list as the province sees it when granted: basic group only, CCCD masked.</summary>
public sealed record ProvinceRecordRow(int Id, string FullName, string MaskedPersonalId, StaffSex Sex, DateOnly BirthDate, StaffStatus Status, string? RankCode, string? UnitName, string? Post);
