namespace Intranet.Core.Staff;

/// <summary>
/// What other modules may know of a personnel record (e-learning enrols by rank and unit, the province dashboard
/// counts active staff). Never the sensitive groups, never the personal ID number.
/// </summary>
public sealed record StaffInfo(
    string TenantName,
    int RecordId,
    string FullName,
    string? AccountId,
    int? DirectoryPersonId,
    StaffStatus Status,
    StaffSex Sex,
    DateOnly BirthDate,
    string? RankCode,
    string? RankName,
    string? UnitId,
    string? UnitName,
    string? JobPosition,
    string? Post,
    string? ItLevel)
{
    public bool IsOnStaff => Status is StaffStatus.Active or StaffStatus.Probation;
}
