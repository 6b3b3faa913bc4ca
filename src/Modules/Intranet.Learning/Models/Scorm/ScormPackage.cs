namespace Intranet.Learning.Models.Scorm;

/// <summary>
/// An uploaded SCORM package: checked, extracted under <c>App_Data/Learning/Scorm/{Folder}</c> and described by what
/// its manifest says the player needs. A lesson of kind Scorm points at it with <see cref="Lesson.ContentId"/>.
/// </summary>
public sealed class ScormPackage
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    /// <summary>The manifest's organization title (or the file name).</summary>
    public string Title { get; set; } = "";

    public ScormVersion Version { get; set; }

    /// <summary>The extraction folder's name (a GUID, never user input).</summary>
    public string Folder { get; set; } = "";

    /// <summary>The SCO's launch file inside the package, forward slashes ("shared/launchpage.html").</summary>
    public string LaunchPath { get; set; } = "";

    /// <summary>The item's <c>parameters</c> ("?questions=Playing"), appended to the launch URL.</summary>
    public string? LaunchParameters { get; set; }

    /// <summary>1.2 <c>adlcp:masteryscore</c> (0–100): the LMS decides passed/failed from score.raw.</summary>
    public decimal? MasteryScore { get; set; }

    /// <summary>2004 <c>imsss:minNormalizedMeasure</c> (−1…1) → <c>cmi.scaled_passing_score</c>.</summary>
    public decimal? ScaledPassingScore { get; set; }

    /// <summary>2004 <c>adlcp:completionThreshold</c> (0…1).</summary>
    public decimal? CompletionThreshold { get; set; }

    /// <summary>2004 <c>deliveryControls completionSetByContent</c>: false (the default) lets the LMS complete a SCO that reports nothing.</summary>
    public bool CompletionSetByContent { get; set; }

    /// <summary><c>adlcp:datafromlms</c> / <c>dataFromLMS</c> → <c>cmi.launch_data</c>.</summary>
    public string? LaunchData { get; set; }

    public int FileCount { get; set; }

    public long TotalBytes { get; set; }

    public DateTime UploadedUtc { get; set; }

    public string UploadedBy { get; set; } = "";
}
