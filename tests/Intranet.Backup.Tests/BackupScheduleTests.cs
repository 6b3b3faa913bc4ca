using Intranet.Backup.Services;

namespace Intranet.Backup.Tests;

public sealed class BackupScheduleTests
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    [Fact]
    public void A_daily_time_runs_later_today_or_tomorrow_in_local_time()
    {
        var options = new BackupOptions { Schedule = "02:00" };
        var beforeTwo = new DateTimeOffset(2026, 12, 6, 1, 30, 0, TimeSpan.FromHours(7));
        var afterTwo = new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.FromHours(7));

        Assert.Equal(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.FromHours(7)), BackupSchedule.Next(options, beforeTwo, Vietnam));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.FromHours(7)), BackupSchedule.Next(options, afterTwo, Vietnam));
    }

    [Theory]
    [InlineData("daily 02:00", true)]
    [InlineData("2:30", true)]
    [InlineData("", false)]
    [InlineData("25:00", false)]
    [InlineData("every night", false)]
    public void Schedules_are_a_daily_time(string schedule, bool valid)
    {
        Assert.Equal(valid, BackupSchedule.TryParseTime(schedule, out _));
        Assert.Equal(valid, BackupSchedule.Next(new BackupOptions { Schedule = schedule }, DateTimeOffset.UtcNow, Vietnam) is not null);
    }

    [Fact]
    public void An_interval_wins_over_the_daily_time()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(now.AddMinutes(5), BackupSchedule.Next(new BackupOptions { Schedule = "02:00", Interval = TimeSpan.FromMinutes(5) }, now, Vietnam));
    }
}
