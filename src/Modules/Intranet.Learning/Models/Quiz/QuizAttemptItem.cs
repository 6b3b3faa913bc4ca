namespace Intranet.Learning.Models.Quiz;

/// <summary>
/// One question of an attempt: a JSON copy of the question as drawn (choices in the shuffled order), the learner's
/// response, and its grade (0–1) once the attempt is finished — the per-question analysis reads these.
/// </summary>
public sealed class QuizAttemptItem
{
    public int Id { get; set; }

    public int AttemptId { get; set; }

    public int Slot { get; set; }

    public int QuestionId { get; set; }

    public string QuestionJson { get; set; } = "";

    /// <summary>The response as the page posts it (choice indexes, text, a number, matching picks), JSON.</summary>
    public string? ResponseJson { get; set; }

    public decimal? Fraction { get; set; }
}
