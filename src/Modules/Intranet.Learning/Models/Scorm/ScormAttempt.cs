namespace Intranet.Learning.Models.Scorm;

/// <summary>
/// A learner's runtime data in one SCORM lesson: the whole CMI (for resume) and the normalised columns reports read.
/// Time is kept per launch so a repeated commit of the same session never counts its time twice.
/// </summary>
public sealed class ScormAttempt
{
    public int Id { get; set; }

    public int EnrolmentId { get; set; }

    public int LessonId { get; set; }

    public int PackageId { get; set; }

    /// <summary>The number of the latest launch; commits from an older launch are ignored.</summary>
    public int Launch { get; set; }

    /// <summary>The CMI elements the SCO set, as a JSON object (element name → string value).</summary>
    public string DataJson { get; set; } = "{}";

    /// <summary>1.2 <c>lesson_status</c> or 2004 <c>completion_status</c>, as stored.</summary>
    public string Completion { get; set; } = "not attempted";

    /// <summary>2004 <c>success_status</c>; for 1.2 "passed"/"failed" when the status says so, else "unknown".</summary>
    public string Success { get; set; } = "unknown";

    public decimal? ScoreRaw { get; set; }

    public decimal? ScoreMin { get; set; }

    public decimal? ScoreMax { get; set; }

    public decimal? ScoreScaled { get; set; }

    /// <summary>0–100, from scaled or raw/min/max.</summary>
    public decimal? ScorePercent { get; set; }

    public string Location { get; set; } = "";

    public string Exit { get; set; } = "";

    /// <summary>Seconds of every launch before <see cref="Launch"/>.</summary>
    public decimal PreviousSeconds { get; set; }

    /// <summary>The latest launch's <c>session_time</c> in seconds (the largest reported, so re-sends are harmless).</summary>
    public decimal LaunchSeconds { get; set; }

    /// <summary>Whether the latest launch ended with LMSFinish/Terminate or closing the page.</summary>
    public bool LaunchFinished { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public decimal TotalSeconds => PreviousSeconds + LaunchSeconds;
}
