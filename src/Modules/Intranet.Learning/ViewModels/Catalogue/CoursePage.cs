using Intranet.Learning.Models;
using Intranet.Learning.Services.Catalogue;

namespace Intranet.Learning.ViewModels.Catalogue;

public sealed class CoursePage
{
    public required Course Course { get; init; }

    public required IReadOnlyList<Section> Outline { get; init; }

    public Enrolment? Enrolment { get; init; }

    public CourseProgress? Progress { get; init; }

    /// <summary>Lesson ids the learner has completed.</summary>
    public IReadOnlySet<int> Done { get; init; } = new HashSet<int>();

    public bool CanManage { get; init; }

    public string? Error { get; init; }
}
