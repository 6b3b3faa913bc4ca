using Intranet.Learning.Models.Scorm;

namespace Intranet.Learning.Services.Scorm;

/// <summary>What the player page hands the runtime script: the edition, the SCO's URL, the launch number and the initial CMI.</summary>
public sealed record ScormLaunch(ScormVersion Version, string ContentUrl, int Launch, IReadOnlyDictionary<string, string> Data, bool Saves);
