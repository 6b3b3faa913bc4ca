namespace Intranet.Learning.Models;

/// <summary>A course that must be completed before enrolling in <see cref="CourseId"/>.</summary>
public sealed class CoursePrerequisite
{
    public int CourseId { get; set; }

    public int RequiredCourseId { get; set; }
}
