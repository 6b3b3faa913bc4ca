using Intranet.Backup.Services;

namespace Intranet.Backup.Tests;

/// <summary>Which scheduled archives survive pruning: newest per day for N days, newest per month for M months.</summary>
public sealed class RetentionPolicyTests
{
    private static string At(int year, int month, int day, int hour = 2, int minute = 0) =>
        RetentionPolicy.FileName(new DateTime(year, month, day, hour, minute, 0));

    [Fact]
    public void Daily_backups_over_three_months_keep_the_last_N_days_and_the_newest_of_the_last_M_months()
    {
        var files = new List<string>();
        for (var day = new DateTime(2026, 9, 1); day <= new DateTime(2026, 11, 30); day = day.AddDays(1))
        {
            files.Add(At(day.Year, day.Month, day.Day));
        }

        var keep = RetentionPolicy.ToKeep(files, keepDaily: 3, keepMonthly: 2);

        Assert.Equal(new[] { At(2026, 10, 31), At(2026, 11, 28), At(2026, 11, 29), At(2026, 11, 30) }.Order(), keep.Order());
        Assert.Equal(files.Count - 4, RetentionPolicy.ToDelete(files, 3, 2).Count);
    }

    [Fact]
    public void Several_backups_a_day_keep_only_the_newest_of_each_day()
    {
        var files = new[] { At(2026, 12, 1, 2), At(2026, 12, 1, 14), At(2026, 12, 2, 2), At(2026, 12, 2, 9, 30) };

        var keep = RetentionPolicy.ToKeep(files, keepDaily: 7, keepMonthly: 0);

        Assert.Equal(new[] { At(2026, 12, 1, 14), At(2026, 12, 2, 9, 30) }.Order(), keep.Order());
    }

    [Fact]
    public void Days_without_a_backup_do_not_use_up_the_daily_count()
    {
        var files = new[] { At(2026, 12, 1), At(2026, 12, 5), At(2026, 12, 20) };

        Assert.Equal(files.Order(), RetentionPolicy.ToKeep(files, keepDaily: 3, keepMonthly: 0).Order());
    }

    [Fact]
    public void With_nothing_to_keep_configured_the_newest_archive_is_still_kept()
    {
        var files = new[] { At(2026, 12, 1), At(2026, 12, 2) };

        Assert.Equal([At(2026, 12, 2)], RetentionPolicy.ToKeep(files, keepDaily: 0, keepMonthly: 0));
    }

    [Fact]
    public void Files_that_are_not_scheduled_archives_are_never_deleted()
    {
        var files = new[] { At(2026, 1, 1), At(2026, 12, 1), "before-upgrade.ibak", "province-2026.ibak", "notes.txt", At(2026, 12, 1) + ".partial" };

        var delete = RetentionPolicy.ToDelete(files, keepDaily: 1, keepMonthly: 0);

        Assert.Equal([At(2026, 1, 1)], delete);
    }

    [Fact]
    public void Archive_names_read_back_as_local_time()
    {
        Assert.Equal("province-20261206-0215.ibak", RetentionPolicy.FileName(new DateTime(2026, 12, 6, 2, 15, 59)));
        Assert.True(RetentionPolicy.TryParse("/srv/backups/province-20261206-0215.ibak", out var time));
        Assert.Equal(new DateTime(2026, 12, 6, 2, 15, 0), time);
    }
}
