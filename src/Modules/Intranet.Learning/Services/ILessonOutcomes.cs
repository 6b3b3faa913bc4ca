namespace Intranet.Learning.Services;

/// <summary>
/// The one door through which lessons record progress. It keeps the best state reached (a completed lesson stays
/// completed, a passed one stays passed), re-evaluates the course's completion and announces it.
/// </summary>
public interface ILessonOutcomes
{
    /// <summary>Records the outcome; returns whether this made the course complete (first time only).</summary>
    Task<bool> RecordAsync(int enrolmentId, int lessonId, LessonOutcome outcome, CancellationToken cancellationToken = default);
}
