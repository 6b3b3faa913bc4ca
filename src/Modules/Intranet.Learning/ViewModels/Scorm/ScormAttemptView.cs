namespace Intranet.Learning.ViewModels.Scorm;

/// <summary>A learner's state in a SCORM lesson, for the API.</summary>
public sealed record ScormAttemptView(string Completion, string Success, decimal? ScorePercent, decimal TotalSeconds, string Location, int Launches, DateTime UpdatedUtc);
