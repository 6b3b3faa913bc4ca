namespace Intranet.Hr.Services.Work;

/// <summary>
/// "Today" for personnel dates is the date in Việt Nam (UTC+7, no daylight saving): a step due on the 1st is due
/// from 00:00 Hà Nội time, not from 07:00.
/// </summary>
public static class HrToday
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly From(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + Offset);
}
