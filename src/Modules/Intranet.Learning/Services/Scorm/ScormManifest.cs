using Intranet.Learning.Models.Scorm;

namespace Intranet.Learning.Services.Scorm;

/// <summary>What the player needs from <c>imsmanifest.xml</c>: the edition, the SCO to launch and the values the LMS hands it.</summary>
public sealed record ScormManifest(
    ScormVersion Version,
    string Title,
    string LaunchPath,
    string? LaunchParameters,
    decimal? MasteryScore,
    decimal? ScaledPassingScore,
    decimal? CompletionThreshold,
    bool CompletionSetByContent,
    string? LaunchData,
    int ScoCount);
