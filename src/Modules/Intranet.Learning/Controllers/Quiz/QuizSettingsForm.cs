using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.Controllers.Quiz;

/// <summary>The settings form as posted (check boxes come as "true"/absent; empty numbers mean "no limit").</summary>
public sealed class QuizSettingsForm
{
    public string? Title { get; set; }

    public string? Intro { get; set; }

    public string? Category { get; set; }

    public int? DrawCount { get; set; }

    public bool ShuffleQuestions { get; set; }

    public bool ShuffleChoices { get; set; }

    public int? TimeLimitMinutes { get; set; }

    public int? MaxAttempts { get; set; }

    public QuizGrading Grading { get; set; }

    public decimal PassPercent { get; set; }

    public QuizSettings ToSettings() => new()
    {
        Title = Title ?? "", Intro = Intro, Category = Category, DrawCount = DrawCount, ShuffleQuestions = ShuffleQuestions, ShuffleChoices = ShuffleChoices,
        TimeLimitMinutes = TimeLimitMinutes, MaxAttempts = MaxAttempts, Grading = Grading, PassPercent = PassPercent,
    };
}
