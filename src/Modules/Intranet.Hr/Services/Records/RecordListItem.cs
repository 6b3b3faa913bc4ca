using Intranet.Core.Staff;

namespace Intranet.Hr.Services.Records;

/// <summary>One line of the record list: the personal ID only masked, rank and unit as of the list's date.</summary>
public sealed record RecordListItem(
    int Id,
    string FullName,
    string MaskedPersonalId,
    DateOnly BirthDate,
    StaffSex Sex,
    StaffStatus Status,
    string? RankCode,
    int? Step,
    string? UnitId,
    string? UnitName,
    string? Post);
