using System.Text.Json;
using Intranet.Core.Recipes;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// A quiz lesson of the <c>courses</c> recipe step: <c>"gift"</c> holds the questions as GIFT text (a string, or an
/// array of lines), <c>"quiz"</c> the settings (<c>drawCount</c>, <c>timeLimitMinutes</c>, <c>maxAttempts</c>,
/// <c>grading</c> "Highest"/"Last", <c>passPercent</c>, <c>shuffleQuestions</c>, <c>shuffleChoices</c>).
/// A GIFT problem fails the recipe with its line.
/// </summary>
internal sealed class QuizRecipeHandler : ILessonRecipeHandler
{
    private readonly QuizBuilder _builder;
    private readonly LearningDbContext _db;
    private readonly TimeProvider _clock;

    public QuizRecipeHandler(QuizBuilder builder, LearningDbContext db, TimeProvider clock)
    {
        _builder = builder;
        _db = db;
        _clock = clock;
    }

    public LessonKind Kind => LessonKind.Quiz;

    public async Task<int> CreateContentAsync(Course course, Lesson lesson, JsonElement lessonJson, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var gift = lessonJson.TryGetProperty("gift", out var giftJson) ? giftJson.ValueKind switch
        {
            JsonValueKind.String => giftJson.GetString() ?? "",
            JsonValueKind.Array => string.Join('\n', giftJson.EnumerateArray().Select(l => l.ValueKind == JsonValueKind.String ? l.GetString() : "")),
            _ => "",
        } : "";
        if (string.IsNullOrWhiteSpace(gift))
        {
            throw new RecipeException($"Bài kiểm tra '{lesson.Title}': thiếu \"gift\" (câu hỏi dạng GIFT, một chuỗi hoặc một mảng dòng).");
        }

        var import = GiftParser.Parse(Core.Text.UnicodeText.Normalize(gift));
        if (import.HasProblems)
        {
            throw new RecipeException([.. import.Problems.Select(p => $"Bài kiểm tra '{lesson.Title}', GIFT {p}")]);
        }

        var settings = Settings(lessonJson, lesson.Title);
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new RecipeException([.. errors.Select(e => $"Bài kiểm tra '{lesson.Title}': {e}")]);
        }

        var quiz = new QuizDefinition { CourseId = course.Id, CreatedUtc = _clock.GetUtcNow().UtcDateTime };
        settings.ApplyTo(quiz);
        _db.Set<QuizDefinition>().Add(quiz);
        await _db.SaveChangesAsync(cancellationToken);
        // The quiz draws from its own category: the lesson's title, with the file's $CATEGORY paths under it.
        foreach (var question in import.Questions)
        {
            question.Category = GiftParser.CategoryPath(question.Category.Length == 0 ? quiz.Category : quiz.Category + "/" + question.Category);
        }

        await _builder.AddAsync(course.Id, import, "recipe", cancellationToken);
        return quiz.Id;
    }

    private static QuizSettings Settings(JsonElement lessonJson, string title)
    {
        if (!lessonJson.TryGetProperty("quiz", out var json) || json.ValueKind != JsonValueKind.Object)
        {
            return new QuizSettings { Title = title, Category = title };
        }

        try
        {
            var settings = json.Deserialize<QuizSettings>(QuizJson.Options) ?? new QuizSettings();
            return settings with { Title = string.IsNullOrWhiteSpace(settings.Title) ? title : settings.Title, Category = string.IsNullOrWhiteSpace(settings.Category) ? title : settings.Category };
        }
        catch (JsonException ex)
        {
            throw new RecipeException($"Bài kiểm tra '{title}': \"quiz\" không đọc được ({ex.Message}).");
        }
    }
}
