using Intranet.Learning.Models;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>What a trainer fills in for a course (form and API alike).</summary>
public sealed record CourseInput
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? ItModules { get; init; }

    public CourseLevel Level { get; init; }

    public int DurationHours { get; init; }

    public DateOnly? OpensOn { get; init; }

    public DateOnly? ClosesOn { get; init; }

    public int? Capacity { get; init; }

    public CourseStatus Status { get; init; }

    public int? CertificateValidMonths { get; init; }

    /// <summary>E-mail addresses of the trainers (host accounts).</summary>
    public IReadOnlyList<string>? TrainerEmails { get; init; }

    public IReadOnlyList<int>? PrerequisiteIds { get; init; }
}
