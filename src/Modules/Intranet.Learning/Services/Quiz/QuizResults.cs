using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Quiz;

/// <summary>A quiz's finished attempts for the trainer, with the per-question analysis.</summary>
public sealed class QuizResults
{
    private const int MaxAttempts = 20_000;

    private readonly LearningDbContext _db;

    public QuizResults(LearningDbContext db) => _db = db;

    public async Task<(IReadOnlyList<QuizAttempt> Attempts, IReadOnlyList<QuestionStats> Stats)> LoadAsync(int quizId, CancellationToken ct = default)
    {
        var attempts = await _db.Set<QuizAttempt>().AsNoTracking().AsSplitQuery()
            .Where(a => a.QuizId == quizId && a.State != QuizAttemptState.InProgress)
            .OrderBy(a => a.Id)
            .Take(MaxAttempts)
            .Include(a => a.Items)
            .ToListAsync(ct);
        return (attempts, QuizAnalysis.Compute(attempts));
    }
}
