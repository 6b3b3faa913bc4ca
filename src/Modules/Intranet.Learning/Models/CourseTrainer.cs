namespace Intranet.Learning.Models;

/// <summary>A trainer of a course (a host account).</summary>
public sealed class CourseTrainer
{
    public int CourseId { get; set; }

    public string AccountId { get; set; } = "";

    public string DisplayName { get; set; } = "";
}
