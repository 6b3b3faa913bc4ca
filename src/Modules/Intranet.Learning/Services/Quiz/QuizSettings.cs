using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>What a trainer sets on a quiz (page form and API body alike).</summary>
public sealed record QuizSettings
{
    public string Title { get; init; } = "";

    public string? Intro { get; init; }

    /// <summary>Draw only from this bank category (and its sub-categories); empty: the whole bank.</summary>
    public string? Category { get; init; }

    /// <summary>Questions drawn at random for each attempt; null: every question.</summary>
    public int? DrawCount { get; init; }

    public bool ShuffleQuestions { get; init; } = true;

    public bool ShuffleChoices { get; init; } = true;

    public int? TimeLimitMinutes { get; init; }

    public int? MaxAttempts { get; init; }

    public QuizGrading Grading { get; init; }

    public decimal PassPercent { get; init; } = 50;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > 300)
        {
            errors.Add("Tên bài kiểm tra là bắt buộc (tối đa 300 ký tự).");
        }
        else if (Core.Text.UnicodeText.HasInvalid(Title) || Title.Any(char.IsControl))
        {
            errors.Add("Tên bài kiểm tra có ký tự không hợp lệ.");
        }

        if ((Intro?.Length ?? 0) > 5_000)
        {
            errors.Add("Lời dẫn tối đa 5.000 ký tự.");
        }

        if ((Category?.Length ?? 0) > 300)
        {
            errors.Add("Nhóm câu hỏi tối đa 300 ký tự.");
        }

        if (DrawCount is < 1 or > 500)
        {
            errors.Add("Số câu rút ngẫu nhiên phải từ 1 đến 500 (để trống: dùng mọi câu).");
        }

        if (TimeLimitMinutes is < 1 or > 600)
        {
            errors.Add("Thời gian làm bài phải từ 1 đến 600 phút (để trống: không giới hạn).");
        }

        if (MaxAttempts is < 1 or > 100)
        {
            errors.Add("Số lần làm bài phải từ 1 đến 100 (để trống: không giới hạn).");
        }

        if (!Enum.IsDefined(Grading))
        {
            errors.Add("Cách tính điểm phải là cao nhất (Highest) hoặc lần cuối (Last).");
        }

        if (PassPercent is < 0 or > 100)
        {
            errors.Add("Điểm đạt phải từ 0 đến 100 (%).");
        }

        return errors;
    }

    public void ApplyTo(QuizDefinition quiz)
    {
        quiz.Title = Title.Trim();
        quiz.Intro = Intro?.Trim() ?? "";
        quiz.Category = GiftParser.CategoryPath(Category ?? "");
        quiz.DrawCount = DrawCount;
        quiz.ShuffleQuestions = ShuffleQuestions;
        quiz.ShuffleChoices = ShuffleChoices;
        quiz.TimeLimitMinutes = TimeLimitMinutes;
        quiz.MaxAttempts = MaxAttempts;
        quiz.Grading = Grading;
        quiz.PassPercent = PassPercent;
    }

    public static QuizSettings From(QuizDefinition quiz) => new()
    {
        Title = quiz.Title, Intro = quiz.Intro, Category = quiz.Category, DrawCount = quiz.DrawCount, ShuffleQuestions = quiz.ShuffleQuestions,
        ShuffleChoices = quiz.ShuffleChoices, TimeLimitMinutes = quiz.TimeLimitMinutes, MaxAttempts = quiz.MaxAttempts, Grading = quiz.Grading,
        PassPercent = quiz.PassPercent,
    };
}
