namespace Intranet.Learning.Services.Scorm;

/// <summary>The state after a commit, as the API answers it.</summary>
public sealed record ScormCommitResult(bool Saved, string Completion, string Success, decimal? ScorePercent, decimal TotalSeconds, bool LessonCompleted);
