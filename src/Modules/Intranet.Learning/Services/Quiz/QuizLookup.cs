using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Quiz;

/// <summary>Finds a quiz lesson with its course and quiz, or a quiz of a course (by id, never trusting the URL's pairing).</summary>
public sealed class QuizLookup
{
    private readonly LearningDbContext _db;

    public QuizLookup(LearningDbContext db) => _db = db;

    public Task<Course?> CourseAsync(int courseId, CancellationToken ct = default) =>
        _db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);

    public async Task<(Course Course, Lesson Lesson, QuizDefinition Quiz)?> LessonAsync(int lessonId, CancellationToken ct = default)
    {
        var lesson = await _db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId && l.Kind == LessonKind.Quiz, ct);
        if (lesson?.ContentId is not { } quizId)
        {
            return null;
        }

        var quiz = await _db.Set<QuizDefinition>().FirstOrDefaultAsync(q => q.Id == quizId && q.CourseId == lesson.CourseId, ct);
        var course = await CourseAsync(lesson.CourseId, ct);
        return quiz is null || course is null ? null : (course, lesson, quiz);
    }

    public async Task<(Course Course, QuizDefinition Quiz)?> QuizAsync(int quizId, CancellationToken ct = default)
    {
        var quiz = await _db.Set<QuizDefinition>().FirstOrDefaultAsync(q => q.Id == quizId, ct);
        var course = quiz is null ? null : await CourseAsync(quiz.CourseId, ct);
        return quiz is null || course is null ? null : (course, quiz);
    }

    public async Task<Lesson?> LessonOfAsync(int quizId, CancellationToken ct = default) =>
        await _db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Kind == LessonKind.Quiz && l.ContentId == quizId, ct);

    public Task<List<Question>> BankAsync(int courseId, CancellationToken ct = default) =>
        _db.Set<Question>().AsNoTracking().Where(q => q.CourseId == courseId).OrderBy(q => q.Category).ThenBy(q => q.Id).Take(5_000).ToListAsync(ct);

    public Task<List<QuizDefinition>> QuizzesAsync(int courseId, CancellationToken ct = default) =>
        _db.Set<QuizDefinition>().AsNoTracking().Where(q => q.CourseId == courseId).OrderBy(q => q.Id).ToListAsync(ct);

    public Task<int> PoolSizeAsync(QuizDefinition quiz, CancellationToken ct = default) => QuizBuilder.Pool(_db, quiz).CountAsync(ct);
}
