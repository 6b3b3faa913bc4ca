namespace Intranet.Learning.Models.Quiz;

/// <summary>One attempt of a learner at a quiz. Its items hold the copy of each drawn question and the answer.</summary>
public sealed class QuizAttempt
{
    public int Id { get; set; }

    public int QuizId { get; set; }

    public int LessonId { get; set; }

    public int CourseId { get; set; }

    public int EnrolmentId { get; set; }

    public string AccountId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>The learner's department when the attempt started (results are scoped by it).</summary>
    public string? TenantName { get; set; }

    public int Number { get; set; }

    public QuizAttemptState State { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime? DeadlineUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    /// <summary>0–100, over the graded questions.</summary>
    public decimal? ScorePercent { get; set; }

    public bool? Passed { get; set; }

    public List<QuizAttemptItem> Items { get; set; } = [];
}
