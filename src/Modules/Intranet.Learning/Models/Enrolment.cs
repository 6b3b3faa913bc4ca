namespace Intranet.Learning.Models;

/// <summary>
/// A person in a course. <see cref="TenantName"/> is the learner's department (moved when the person is
/// transferred), so department reports and access follow the person.
/// </summary>
public sealed class Enrolment
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public string AccountId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>The learner's home department, or null for a province-level account.</summary>
    public string? TenantName { get; set; }

    public EnrolmentSource Source { get; set; }

    /// <summary>The rule that enrolled the person, when <see cref="Source"/> is Rule.</summary>
    public int? RuleId { get; set; }

    public EnrolmentStatus Status { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateTime EnrolledUtc { get; set; }

    public string EnrolledBy { get; set; } = "";

    public DateTime? CompletedUtc { get; set; }

    /// <summary>The lesson the learner opened last ("continue where I left off").</summary>
    public int? LastLessonId { get; set; }

    public DateTime? LastActivityUtc { get; set; }

    public List<LessonProgress> Progress { get; set; } = [];
}
