namespace Intranet.Learning.Services;

/// <summary>
/// What a lesson reports about a learner: SCORM from its runtime data, a quiz from its graded attempts, a text or
/// video lesson when opened to the end. <see cref="Passed"/> null: the lesson has no pass mark.
/// </summary>
public sealed record LessonOutcome(bool Completed, bool? Passed = null, decimal? ScorePercent = null);
