using Intranet.Learning.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Services;

/// <inheritdoc />
internal sealed class LessonOutcomes : ILessonOutcomes
{
    private readonly LearningDbContext _db;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _clock;

    public LessonOutcomes(LearningDbContext db, IServiceProvider services, TimeProvider clock)
    {
        _db = db;
        _services = services;
        _clock = clock;
    }

    public async Task<bool> RecordAsync(int enrolmentId, int lessonId, LessonOutcome outcome, CancellationToken cancellationToken = default)
    {
        var enrolment = await _db.Enrolments.Include(e => e.Progress).FirstOrDefaultAsync(e => e.Id == enrolmentId, cancellationToken)
            ?? throw new InvalidOperationException($"No enrolment {enrolmentId}.");
        var now = _clock.GetUtcNow().UtcDateTime;
        var progress = enrolment.Progress.FirstOrDefault(p => p.LessonId == lessonId);
        if (progress is null)
        {
            progress = new LessonProgress { EnrolmentId = enrolmentId, LessonId = lessonId };
            enrolment.Progress.Add(progress);
        }

        // The best state reached stays: closing a SCORM window or a worse retake must not undo a completion.
        progress.Completed |= outcome.Completed;
        progress.Passed = progress.Passed == true || outcome.Passed is null ? progress.Passed ?? outcome.Passed : outcome.Passed;
        progress.ScorePercent = outcome.ScorePercent ?? progress.ScorePercent;
        progress.UpdatedUtc = now;
        enrolment.LastActivityUtc = now;

        var justCompleted = false;
        if (enrolment.CompletedUtc is null && await IsCourseCompleteAsync(enrolment, cancellationToken))
        {
            enrolment.CompletedUtc = now;
            enrolment.Status = EnrolmentStatus.Completed;
            justCompleted = true;
        }

        await _db.SaveChangesAsync(cancellationToken);
        if (justCompleted)
        {
            var completion = new CourseCompletion(enrolment.Id, enrolment.CourseId, enrolment.AccountId, enrolment.DisplayName, enrolment.TenantName, now);
            foreach (var handler in _services.GetServices<ICourseCompletionHandler>())
            {
                await handler.CourseCompletedAsync(completion, cancellationToken);
            }
        }

        return justCompleted;
    }

    private async Task<bool> IsCourseCompleteAsync(Enrolment enrolment, CancellationToken cancellationToken)
    {
        var required = await _db.Lessons.AsNoTracking()
            .Where(l => l.CourseId == enrolment.CourseId && l.Required)
            .Select(l => l.Id)
            .ToListAsync(cancellationToken);
        if (required.Count == 0)
        {
            return false;
        }

        return required.All(id => enrolment.Progress.Any(p => p.LessonId == id && p.Completed && p.Passed != false));
    }
}
