namespace Intranet.Learning.Services.Certs;

/// <summary>Dates of certificates are the province's calendar days (the server's local time zone), as HR's are.</summary>
internal static class LearningClock
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clock.LocalTimeZone).DateTime);

    public static DateOnly DayOf(DateTime utc, TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone));
}
