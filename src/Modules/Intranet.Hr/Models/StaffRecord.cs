using Intranet.Core.Staff;

namespace Intranet.Hr.Models;

/// <summary>
/// One person's electronic personnel file in a department, keyed by the 12-digit personal ID (CCCD). Holds the
/// identity group; every career fact is an effective-dated row in its own table, so "as of date X" is a query.
/// </summary>
public sealed class StaffRecord
{
    public int Id { get; set; }

    /// <summary>Số định danh cá nhân / CCCD: 12 digits, kept as text (leading zeros). Unique per department.</summary>
    public required string PersonalId { get; set; }

    /// <summary>Số hiệu cán bộ, công chức (the agency's own number), when it keeps one.</summary>
    public string? StaffNumber { get; set; }

    /// <summary>Họ và tên khai sinh, as written (the UI shows it in capitals on the résumé).</summary>
    public required string FullName { get; set; }

    /// <summary>Tên gọi khác.</summary>
    public string? OtherNames { get; set; }

    public StaffSex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    public DatePrecision BirthDatePrecision { get; set; } = DatePrecision.Day;

    /// <summary>Nơi sinh.</summary>
    public string? BirthPlace { get; set; }

    /// <summary>Quê quán.</summary>
    public string? Hometown { get; set; }

    /// <summary>Ethnic group code in the 2008 edition (QĐ 1019/QĐ-TCTK); imports map the 1979 edition to it.</summary>
    public string? EthnicityCode { get; set; }

    /// <summary>Religion code (QĐ 1019/QĐ-TCTK), or the "none" code.</summary>
    public string? ReligionCode { get; set; }

    /// <summary>Thành phần gia đình xuất thân.</summary>
    public string? FamilyOrigin { get; set; }

    /// <summary>Nơi thường trú.</summary>
    public string? PermanentAddress { get; set; }

    /// <summary>Nơi ở hiện nay.</summary>
    public string? CurrentAddress { get; set; }

    public DateOnly? PersonalIdIssuedOn { get; set; }

    /// <summary>The old 9-digit CMND, kept as history.</summary>
    public string? FormerIdNumber { get; set; }

    public string? SocialInsuranceNumber { get; set; }

    public string? HealthInsuranceNumber { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>Nghề nghiệp trước khi được tuyển dụng.</summary>
    public string? OccupationBeforeRecruitment { get; set; }

    public StaffCategory Category { get; set; } = StaffCategory.CivilServant;

    public StaffStatus Status { get; set; } = StaffStatus.Active;

    /// <summary>Ngày tuyển dụng and the recruiting agency.</summary>
    public DateOnly? RecruitedOn { get; set; }

    public string? RecruitingAgency { get; set; }

    /// <summary>Ngày vào cơ quan hiện đang công tác.</summary>
    public DateOnly? JoinedAgencyOn { get; set; }

    public DateOnly? ProbationEndsOn { get; set; }

    public DateOnly? ContractEndsOn { get; set; }

    /// <summary>When the record was closed (retired, left, transferred out) and why, in words.</summary>
    public DateOnly? ClosedOn { get; set; }

    public string? ClosedReason { get; set; }

    /// <summary>
    /// Set when a retirement or leaving is scheduled: the record stays on staff until <see cref="ClosedOn"/>, when the
    /// closing job sets <see cref="Status"/> to this and disables the account (null once nothing is scheduled).
    /// </summary>
    public StaffStatus? ClosingStatus { get; set; }

    /// <summary>
    /// Computed, never entered: when the next regular step (or exceeding-allowance rate) is due by the rules, from the
    /// latest salary row and its adjustments; null when the rules cannot date it. Kept by <c>WorkDates</c> so the
    /// step list is an indexed range query.
    /// </summary>
    public DateOnly? NextStepDue { get; set; }

    /// <summary>Computed, never entered: the NĐ 135/2020 retirement date (<c>WorkDates</c>).</summary>
    public DateOnly? RetirementOn { get; set; }

    /// <summary>The rules and code-list version the computed dates were made with; another value means "recompute".</summary>
    public string? DatesStamp { get; set; }

    /// <summary>Sở trường, năng khiếu; danh hiệu được phong.</summary>
    public string? Strengths { get; set; }

    public string? Titles { get; set; }

    /// <summary>Group 8: armed-forces service (nhập ngũ, xuất ngũ, quân hàm) in words; basic group.</summary>
    public string? MilitaryService { get; set; }

    /// <summary>The person in the department's directory, when listed there.</summary>
    public int? DirectoryPersonId { get; set; }

    /// <summary>The person's host account (single sign-on), when they have one.</summary>
    public string? AccountId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public List<SalaryEntry> Salary { get; set; } = [];

    public List<AllowanceEntry> Allowances { get; set; } = [];

    public List<PostingEntry> Postings { get; set; } = [];

    public List<RatingEntry> Ratings { get; set; } = [];

    public List<AwardEntry> Awards { get; set; } = [];

    public List<DisciplineEntry> Disciplines { get; set; } = [];

    public List<QualificationEntry> Qualifications { get; set; } = [];

    public List<HistoryEntry> History { get; set; } = [];

    public List<FamilyMember> Family { get; set; } = [];

    public List<PoliticalMembership> Political { get; set; } = [];

    public List<AssetDeclaration> Assets { get; set; } = [];

    public List<HealthCheck> Health { get; set; } = [];

    public bool IsOnStaff => Status is StaffStatus.Active or StaffStatus.Probation;
}
