namespace Intranet.Learning.Models;

/// <summary>A learner's state in one lesson, written through <see cref="Services.ILessonOutcomes"/>.</summary>
public sealed class LessonProgress
{
    public int EnrolmentId { get; set; }

    public int LessonId { get; set; }

    public bool Completed { get; set; }

    /// <summary>Null when the lesson has no pass mark (text, video, a SCORM package without success status).</summary>
    public bool? Passed { get; set; }

    /// <summary>0–100.</summary>
    public decimal? ScorePercent { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
