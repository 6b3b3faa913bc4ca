namespace Intranet.Hr.Services.Records;

/// <summary>
/// The identity group as a form or a script sends it: dates and choices as text, so any bad value becomes a
/// Vietnamese message on its field rather than a binding failure. Dates dd/MM/yyyy or yyyy-MM-dd.
/// </summary>
public sealed class IdentityInput
{
    public string? PersonalId { get; set; }

    public string? FullName { get; set; }

    public string? OtherNames { get; set; }

    /// <summary>"male"/"nam" or "female"/"nu"/"nữ".</summary>
    public string? Sex { get; set; }

    public string? BirthDate { get; set; }

    /// <summary>Only the birth year is known (old records): BirthDate is then 01/01 of the year, as the law counts.</summary>
    public bool BirthYearOnly { get; set; }

    public string? BirthPlace { get; set; }

    public string? Hometown { get; set; }

    public string? EthnicityCode { get; set; }

    public string? ReligionCode { get; set; }

    public string? PermanentAddress { get; set; }

    public string? CurrentAddress { get; set; }

    public string? PersonalIdIssuedOn { get; set; }

    public string? StaffNumber { get; set; }

    public string? SocialInsuranceNumber { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>"CivilServant", "Official", "PublicEmployee", "Contract".</summary>
    public string? Category { get; set; }

    /// <summary>"Active", "Probation", "Retired", "Left" (a transfer out is the transfer's to set).</summary>
    public string? Status { get; set; }

    public string? RecruitedOn { get; set; }

    public string? RecruitingAgency { get; set; }

    public string? JoinedAgencyOn { get; set; }

    public string? ProbationEndsOn { get; set; }

    public string? ContractEndsOn { get; set; }

    public string? AccountId { get; set; }
}
