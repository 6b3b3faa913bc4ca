using System.Globalization;
using System.Text.RegularExpressions;

namespace Intranet.Learning.Services.Scorm;

/// <summary>
/// The two time formats of SCORM: 1.2's CMITimespan (<c>HHHH:MM:SS.SS</c>) and 2004's ISO 8601 duration
/// (<c>PT1H30M5.5S</c>). <c>session_time</c> is parsed from them, <c>total_time</c> written back in them.
/// </summary>
public static partial class ScormTime
{
    /// <summary>A year and a month as ISO durations count them here (SCOs only ever send hours, minutes, seconds).</summary>
    private const decimal SecondsPerDay = 86_400m;

    /// <summary>Seconds in a 1.2 timespan, or null when it is not one.</summary>
    public static decimal? ParseTimespan(string value)
    {
        var match = Timespan().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var hours = decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minutes = decimal.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var seconds = decimal.Parse(match.Groups[3].Value + (match.Groups[4].Success ? match.Groups[4].Value : ""), CultureInfo.InvariantCulture);
        return minutes > 59 || seconds >= 60 ? null : (hours * 3600) + (minutes * 60) + seconds;
    }

    /// <summary>Seconds in a 2004 duration, or null when it is not one.</summary>
    public static decimal? ParseDuration(string value)
    {
        var match = Duration().Match(value);
        if (!match.Success || value == "P" || value.EndsWith('T'))
        {
            return null;
        }

        decimal Part(int group) => match.Groups[group].Success ? decimal.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0m;
        var days = (Part(1) * 365m) + (Part(2) * 30m) + Part(3);
        return (days * SecondsPerDay) + (Part(4) * 3600m) + (Part(5) * 60m) + Part(6);
    }

    public static decimal? Parse(string value, bool scorm2004) => scorm2004 ? ParseDuration(value) : ParseTimespan(value);

    /// <summary>1.2 <c>total_time</c>: at least four hour digits, two for minutes and seconds, two decimals when there are any.</summary>
    public static string FormatTimespan(decimal seconds)
    {
        seconds = Math.Max(0, decimal.Round(seconds, 2));
        var hours = decimal.Floor(seconds / 3600);
        var minutes = decimal.Floor((seconds - (hours * 3600)) / 60);
        var rest = seconds - (hours * 3600) - (minutes * 60);
        var whole = decimal.Floor(rest);
        var fraction = rest - whole;
        var text = string.Create(CultureInfo.InvariantCulture, $"{hours:0000}:{minutes:00}:{whole:00}");
        return fraction == 0 ? text : text + string.Create(CultureInfo.InvariantCulture, $"{fraction:.00}");
    }

    /// <summary>2004 <c>total_time</c>: <c>PT{h}H{m}M{s}S</c>.</summary>
    public static string FormatDuration(decimal seconds)
    {
        seconds = Math.Max(0, decimal.Round(seconds, 2));
        var hours = decimal.Floor(seconds / 3600);
        var minutes = decimal.Floor((seconds - (hours * 3600)) / 60);
        var rest = seconds - (hours * 3600) - (minutes * 60);
        return string.Create(CultureInfo.InvariantCulture, $"PT{hours}H{minutes}M{rest:0.##}S");
    }

    public static string Format(decimal seconds, bool scorm2004) => scorm2004 ? FormatDuration(seconds) : FormatTimespan(seconds);

    [GeneratedRegex(@"^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Timespan();

    [GeneratedRegex(@"^P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:\.[0-9]{1,2})?)S)?)?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Duration();
}
