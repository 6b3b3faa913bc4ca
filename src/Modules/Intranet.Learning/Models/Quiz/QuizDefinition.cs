namespace Intranet.Learning.Models.Quiz;

/// <summary>
/// A quiz of a course (the lesson's <see cref="Lesson.ContentId"/>): which questions (all, or a random draw from the
/// bank or one category), shuffling, time limit, attempts, grading method and pass mark.
/// </summary>
public sealed class QuizDefinition
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public string Title { get; set; } = "";

    public string Intro { get; set; } = "";

    /// <summary>Only questions of this category (and its sub-categories); empty: the whole bank.</summary>
    public string Category { get; set; } = "";

    /// <summary>How many questions each attempt draws at random; null: every question.</summary>
    public int? DrawCount { get; set; }

    public bool ShuffleQuestions { get; set; } = true;

    public bool ShuffleChoices { get; set; } = true;

    /// <summary>Null: no limit. Enforced by the server: answers after the deadline are not taken.</summary>
    public int? TimeLimitMinutes { get; set; }

    /// <summary>Null: unlimited.</summary>
    public int? MaxAttempts { get; set; }

    public QuizGrading Grading { get; set; }

    /// <summary>Score (percent) needed to pass; 0: no pass mark (any submitted attempt completes the lesson).</summary>
    public decimal PassPercent { get; set; } = 50;

    public DateTime CreatedUtc { get; set; }
}
