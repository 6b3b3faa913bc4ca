namespace Intranet.Learning.Services.Scorm;

/// <summary>The normalised view of a SCO's data after the LMS's rules: what reports and <see cref="ILessonOutcomes"/> read.</summary>
public sealed record ScormState(
    string Completion,
    string Success,
    decimal? ScoreRaw,
    decimal? ScoreMin,
    decimal? ScoreMax,
    decimal? ScoreScaled,
    decimal? ScorePercent,
    string Location,
    string Exit,
    decimal? SessionSeconds)
{
    /// <summary>1.2: passed, completed, failed; 2004: completion "completed" or success "passed".</summary>
    public bool Completed => Completion is "completed" or "passed" or "failed" || Success == "passed";

    public bool? Passed => Success switch
    {
        "passed" => true,
        "failed" => false,
        _ => null,
    };

    public LessonOutcome Outcome => new(Completed, Passed, ScorePercent);
}
