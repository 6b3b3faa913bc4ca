namespace Intranet.Site.Services;

/// <summary>Today in Viet Nam (UTC+7, no daylight saving): news dated today is published today there, not in UTC.</summary>
public static class VietnamClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime + Offset);
}
