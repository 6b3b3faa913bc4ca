using System.Globalization;
using Intranet.Learning.Models.Scorm;

namespace Intranet.Learning.Services.Scorm;

/// <summary>
/// The LMS's side of the status rules, applied to what the SCO set. SCORM 1.2 (RTE 3.4.4): at LMSFinish — or when
/// the learner leaves — a status never set becomes "completed"; then, with a mastery score in the manifest and a
/// raw score, passed or failed is decided by comparing them. SCORM 2004: completion from progress_measure and the
/// completion threshold, success from score.scaled and the scaled passing score, and a SCO that never reports
/// completion is completed when it ends unless its manifest says completionSetByContent.
/// </summary>
public static class ScormRules
{
    private static readonly string[] Status12 = ["passed", "completed", "failed", "incomplete", "browsed", "not attempted"];
    private static readonly string[] Completion2004 = ["completed", "incomplete", "not attempted", "unknown"];
    private static readonly string[] Success2004 = ["passed", "failed", "unknown"];
    private static readonly string[] Exit12 = ["time-out", "suspend", "logout", ""];
    private static readonly string[] Exit2004 = ["time-out", "suspend", "logout", "normal", ""];

    /// <summary>Evaluates <paramref name="data"/> and writes the LMS's decisions back into it (so a resume sees them).</summary>
    public static ScormState Apply(ScormPackage package, IDictionary<string, string> data, bool ending) =>
        package.Version == ScormVersion.Scorm12 ? Apply12(package, data, ending) : Apply2004(package, data, ending);

    private static ScormState Apply12(ScormPackage package, IDictionary<string, string> data, bool ending)
    {
        var status = Vocabulary(data, "cmi.core.lesson_status", Status12, "not attempted");
        var raw = Decimal(data, "cmi.core.score.raw");
        var min = Decimal(data, "cmi.core.score.min");
        var max = Decimal(data, "cmi.core.score.max");
        if (ending)
        {
            if (status == "not attempted")
            {
                status = "completed";
            }

            if (package.MasteryScore is { } mastery && raw is { } score)
            {
                status = score >= mastery ? "passed" : "failed";
            }

            data["cmi.core.lesson_status"] = status;
        }

        var success = status is "passed" or "failed" ? status : "unknown";
        return new ScormState(status, success, raw, min, max, null, Percent(null, raw, min ?? 0, max ?? 100),
            Text(data, "cmi.core.lesson_location"), Vocabulary(data, "cmi.core.exit", Exit12, ""),
            data.TryGetValue("cmi.core.session_time", out var session) ? ScormTime.ParseTimespan(session) : null);
    }

    private static ScormState Apply2004(ScormPackage package, IDictionary<string, string> data, bool ending)
    {
        var completion = Vocabulary(data, "cmi.completion_status", Completion2004, "unknown");
        var success = Vocabulary(data, "cmi.success_status", Success2004, "unknown");
        var scaled = Decimal(data, "cmi.score.scaled");
        var raw = Decimal(data, "cmi.score.raw");
        var min = Decimal(data, "cmi.score.min");
        var max = Decimal(data, "cmi.score.max");
        if (package.CompletionThreshold is { } threshold && Decimal(data, "cmi.progress_measure") is { } progress)
        {
            completion = progress >= threshold ? "completed" : "incomplete";
        }

        if (package.ScaledPassingScore is { } passing && scaled is { } s)
        {
            success = s >= passing ? "passed" : "failed";
        }

        if (ending && !package.CompletionSetByContent && completion is "unknown" or "not attempted")
        {
            completion = "completed";
        }

        if (ending)
        {
            data["cmi.completion_status"] = completion;
            data["cmi.success_status"] = success;
        }

        return new ScormState(completion, success, raw, min, max, scaled, Percent(scaled, raw, min ?? 0, max),
            Text(data, "cmi.location"), Vocabulary(data, "cmi.exit", Exit2004, ""),
            data.TryGetValue("cmi.session_time", out var session) ? ScormTime.ParseDuration(session) : null);
    }

    /// <summary>0–100: scaled × 100 when the SCO gave it (the LMS must not derive scaled from raw), else raw within min–max.</summary>
    private static decimal? Percent(decimal? scaled, decimal? raw, decimal min, decimal? max)
    {
        decimal? percent = scaled is { } s ? s * 100 : raw is { } r && max is { } m && m > min ? (r - min) / (m - min) * 100 : raw;
        return percent is { } p ? decimal.Round(Math.Clamp(p, 0, 100), 2) : null;
    }

    private static string Vocabulary(IDictionary<string, string> data, string element, string[] allowed, string fallback) =>
        data.TryGetValue(element, out var value) && allowed.Contains(value, StringComparer.Ordinal) ? value : fallback;

    private static decimal? Decimal(IDictionary<string, string> data, string element) =>
        data.TryGetValue(element, out var value) && value.Length is > 0 and < 40
        && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private static string Text(IDictionary<string, string> data, string element) =>
        data.TryGetValue(element, out var value) ? (value.Length > 1000 ? value[..1000] : value) : "";
}
