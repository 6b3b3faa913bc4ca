namespace Intranet.Learning.Models.Catalogue;

/// <summary>
/// Enrols people of a department by their HR record (e.g. every công chức of rank 01.003 who has not yet been
/// trained in the course's modules). Re-evaluated on every HR change of a person, not only when an account is made.
/// </summary>
public sealed class EnrolmentRule
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    /// <summary>The department whose records the rule reads.</summary>
    public string TenantName { get; set; } = "";

    /// <summary>Only this rank (ngạch, e.g. "01.003"); null: any rank.</summary>
    public string? RankCode { get; set; }

    /// <summary>Only this unit of the department; null: every unit.</summary>
    public string? UnitId { get; set; }

    /// <summary>Skip people who already have evidence (a completion or an outside certificate) of every module of the course.</summary>
    public bool SkipTrained { get; set; } = true;

    /// <summary>Days from enrolment to the due date; null: no due date.</summary>
    public int? DueDays { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";
}
