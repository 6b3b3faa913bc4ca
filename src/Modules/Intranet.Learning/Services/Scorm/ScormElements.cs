using System.Text.RegularExpressions;
using Intranet.Learning.Models.Scorm;

namespace Intranet.Learning.Services.Scorm;

/// <summary>
/// The CMI elements a SCO may write, per edition, with the longest value kept. The runtime script checks types and
/// vocabularies as the SCO calls; the server keeps only these elements of a commit (the rest is the LMS's to set),
/// so a hand-made request cannot write the learner's id, credit or total time.
/// </summary>
public static partial class ScormElements
{
    /// <summary>Elements sent but never stored: they describe one launch only.</summary>
    public static bool IsPerLaunch(string element) =>
        element is "cmi.core.session_time" or "cmi.session_time" or "cmi.core.exit" or "cmi.exit" or "adl.nav.request";

    /// <summary>The longest value kept for a writable element, or null when the SCO may not write it.</summary>
    public static int? MaxLength(ScormVersion version, string element)
    {
        if (element.Length > 255)
        {
            return null;
        }

        if (version == ScormVersion.Scorm12)
        {
            return element switch
            {
                "cmi.suspend_data" => 64_000, // 4,096 in the standard; real packages send more (see docs/learning-scorm.md)
                "cmi.core.lesson_location" => 1_000,
                "cmi.comments" => 4_096,
                _ when Writable12().IsMatch(element) => 4_096,
                _ => null,
            };
        }

        return element switch
        {
            "cmi.suspend_data" => 64_000,
            "cmi.location" => 1_000,
            _ when Writable2004().IsMatch(element) => 4_096,
            _ => null,
        };
    }

    [GeneratedRegex(@"^cmi\.(core\.(lesson_location|lesson_status|score\.(raw|min|max)|exit|session_time)|suspend_data|comments|objectives\.\d{1,4}\.(id|score\.(raw|min|max)|status)|student_preference\.(audio|language|speed|text)|interactions\.\d{1,4}\.(id|objectives\.\d{1,4}\.id|time|type|correct_responses\.\d{1,4}\.pattern|weighting|student_response|result|latency))$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Writable12();

    [GeneratedRegex(@"^(adl\.nav\.request|cmi\.(location|completion_status|success_status|score\.(scaled|raw|min|max)|progress_measure|exit|session_time|suspend_data|learner_preference\.(audio_level|language|delivery_speed|audio_captioning)|objectives\.\d{1,4}\.(id|score\.(scaled|raw|min|max)|success_status|completion_status|progress_measure|description)|interactions\.\d{1,4}\.(id|type|objectives\.\d{1,4}\.id|timestamp|correct_responses\.\d{1,4}\.pattern|weighting|learner_response|result|latency|description)|comments_from_learner\.\d{1,4}\.(comment|location|timestamp)))$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Writable2004();
}
