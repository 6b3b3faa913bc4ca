using System.Globalization;

namespace Intranet.Backup.Services;

/// <summary>When the next scheduled backup runs: every <c>Interval</c>, or daily at <c>Schedule</c> ("HH:mm", local).</summary>
public static class BackupSchedule
{
    /// <summary>The next run after <paramref name="now"/>, or null when no schedule is configured.</summary>
    public static DateTimeOffset? Next(BackupOptions options, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (options.Interval is { } interval && interval > TimeSpan.Zero)
        {
            return now + interval;
        }

        if (!TryParseTime(options.Schedule, out var time))
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var candidate = new DateTime(local.Year, local.Month, local.Day, 0, 0, 0, DateTimeKind.Unspecified).Add(time);
        if (candidate <= local.DateTime)
        {
            candidate = candidate.AddDays(1);
        }

        return new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
    }

    public static bool TryParseTime(string? schedule, out TimeSpan time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(schedule))
        {
            return false;
        }

        var text = schedule.Trim();
        if (text.StartsWith("daily", StringComparison.OrdinalIgnoreCase))
        {
            text = text["daily".Length..].Trim();
        }

        return TimeSpan.TryParseExact(text, ["h\\:mm", "hh\\:mm"], CultureInfo.InvariantCulture, out time) && time < TimeSpan.FromDays(1);
    }
}
