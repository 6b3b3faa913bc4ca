using Intranet.Core.Staff;
using Intranet.Hr.Models;

namespace Intranet.Hr.Io.Import;

/// <summary>One file row, checked and mapped to codes: the identity plus the current salary, posting and levels.</summary>
public sealed class ImportedPerson
{
    public required int Row { get; init; }

    public required string PersonalId { get; init; }

    public required string FullName { get; init; }

    public string? OtherNames { get; init; }

    public StaffSex Sex { get; init; }

    public DateOnly BirthDate { get; init; }

    public DatePrecision BirthDatePrecision { get; init; }

    public string? BirthPlace { get; init; }

    public string? Hometown { get; init; }

    public string? EthnicityCode { get; init; }

    public string? ReligionCode { get; init; }

    public string? PermanentAddress { get; init; }

    public string? CurrentAddress { get; init; }

    public DateOnly? PersonalIdIssuedOn { get; init; }

    public string? SocialInsuranceNumber { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? StaffNumber { get; init; }

    public StaffCategory Category { get; init; }

    public StaffStatus Status { get; init; }

    public DateOnly? RecruitedOn { get; init; }

    public string? RecruitingAgency { get; init; }

    public DateOnly? JoinedAgencyOn { get; init; }

    /// <summary>The current rank, scale, step and coefficient, or null when the file gives no rank.</summary>
    public ImportedSalary? Salary { get; init; }

    public ImportedPosting? Posting { get; init; }

    public IReadOnlyList<ImportedLevel> Levels { get; init; } = [];
}
