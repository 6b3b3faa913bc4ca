using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Quiz;

/// <summary>The trainer's side: the question bank (import, tags, delete) and quizzes (created with their lesson).</summary>
public sealed class QuizBuilder
{
    private readonly LearningDbContext _db;
    private readonly TimeProvider _clock;

    public QuizBuilder(LearningDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <summary>Creates the quiz and its lesson (Kind Quiz, ContentId the quiz) at the end of the section.</summary>
    public async Task<(QuizDefinition Quiz, Lesson Lesson)> CreateAsync(Course course, int sectionId, QuizSettings settings, CancellationToken ct = default)
    {
        Check(settings);
        if (!await _db.Sections.AnyAsync(s => s.Id == sectionId && s.CourseId == course.Id, ct))
        {
            throw new QuizRuleException("Phần (section) không thuộc khóa học này.", 422);
        }

        var quiz = new QuizDefinition { CourseId = course.Id, CreatedUtc = _clock.GetUtcNow().UtcDateTime };
        settings.ApplyTo(quiz);
        _db.Set<QuizDefinition>().Add(quiz);
        await _db.SaveChangesAsync(ct);
        var position = await _db.Lessons.Where(l => l.SectionId == sectionId).Select(l => (int?)l.Position).MaxAsync(ct) ?? 0;
        var lesson = new Lesson { CourseId = course.Id, SectionId = sectionId, Title = quiz.Title, Kind = LessonKind.Quiz, ContentId = quiz.Id, Position = position + 1 };
        _db.Lessons.Add(lesson);
        await _db.SaveChangesAsync(ct);
        return (quiz, lesson);
    }

    public async Task UpdateAsync(QuizDefinition quiz, QuizSettings settings, CancellationToken ct = default)
    {
        Check(settings);
        settings.ApplyTo(quiz);
        await _db.Lessons.Where(l => l.Kind == LessonKind.Quiz && l.ContentId == quiz.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.Title, quiz.Title), ct);
        await _db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the questions of a file that has no problems (a file with any problem adds nothing).</summary>
    public async Task<int> AddAsync(int courseId, QuestionImport import, string actor, CancellationToken ct = default)
    {
        if (import.HasProblems)
        {
            return 0;
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var question in import.Questions)
        {
            question.Id = 0;
            question.CourseId = courseId;
            question.CreatedUtc = now;
            question.CreatedBy = actor;
            _db.Set<Question>().Add(question);
        }

        await _db.SaveChangesAsync(ct);
        return import.Questions.Count;
    }

    public async Task<bool> SetOutcomeCodesAsync(int courseId, int questionId, string codes, CancellationToken ct = default) =>
        await _db.Set<Question>().Where(q => q.Id == questionId && q.CourseId == courseId)
            .ExecuteUpdateAsync(u => u.SetProperty(q => q.OutcomeCodes, codes), ct) > 0;

    /// <summary>Graded attempts keep their own copy, so a question can go at any time.</summary>
    public async Task<bool> DeleteAsync(int courseId, int questionId, CancellationToken ct = default) =>
        await _db.Set<Question>().Where(q => q.Id == questionId && q.CourseId == courseId).ExecuteDeleteAsync(ct) > 0;

    /// <summary>The bank questions a quiz draws from (its category and sub-categories).</summary>
    public static IQueryable<Question> Pool(LearningDbContext db, QuizDefinition quiz)
    {
        var bank = db.Set<Question>().Where(q => q.CourseId == quiz.CourseId);
        if (quiz.Category.Length == 0)
        {
            return bank;
        }

        var prefix = quiz.Category + "/";
        return bank.Where(q => q.Category == quiz.Category || q.Category.StartsWith(prefix));
    }

    private static void Check(QuizSettings settings)
    {
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new QuizRuleException(string.Join(" ", errors), 422);
        }
    }
}
