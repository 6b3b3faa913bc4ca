using Intranet.Backup.Crypto;
using Intranet.Backup.Services;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace Intranet.Backup.Tests;

/// <summary>The hosted scheduler writes archives into the backup folder, prunes by retention and audits both.</summary>
public sealed class ScheduledBackupTests
{
    [Fact]
    public async Task The_scheduler_writes_a_verifiable_archive_prunes_old_ones_and_audits_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "intranet-backup-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        foreach (var old in new[] { "province-20200101-0200.ibak", "province-20200102-0200.ibak", "province-20200103-0200.ibak", "before-upgrade.ibak" })
        {
            await File.WriteAllTextAsync(Path.Combine(folder, old), "old");
        }

        var key = BackupKey.Generate();
        await using var factory = new ScheduledFactory(folder, key, keepDaily: 2, keepMonthly: 1);
        _ = factory.Services; // starts the host and its scheduler

        var written = await EventuallyAsync(() => System.IO.Directory.EnumerateFiles(folder, "province-2*.ibak")
            .Select(Path.GetFileName).OfType<string>()
            .FirstOrDefault(n => RetentionPolicy.TryParse(n, out var t) && t.Year > 2020));
        await EventuallyAsync(() => HostAudit(factory.AppData, "pruned") > 0 ? "" : null);

        Assert.Equal(1, HostAudit(factory.AppData, "created"));
        // Keep 2 daily: the new archive and 3 January 2020; keep 1 monthly: the new one. Other names are not touched.
        Assert.False(File.Exists(Path.Combine(folder, "province-20200101-0200.ibak")));
        Assert.False(File.Exists(Path.Combine(folder, "province-20200102-0200.ibak")));
        Assert.True(File.Exists(Path.Combine(folder, "province-20200103-0200.ibak")));
        Assert.True(File.Exists(Path.Combine(folder, "before-upgrade.ibak")));
        // The scheduler keeps running (every second): past a minute boundary a newer archive replaces this one.
        var verify = await Cli.RunAsync(factory.Services, "backup", "verify", Path.Combine(folder, Newest(folder)), "--key-file", WriteKey(folder, key));
        Assert.True(verify.Code == 0, verify.Output);

        // The province administrator sees it on the admin page.
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync(IntranetFactory.AdminEmail, factory.AdminPassword);
        var page = await admin.GetStringAsync("/admin/backups");
        Assert.Contains("province-" + DateTime.Now.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), page);
        Assert.Contains("province-20200103-0200.ibak", page);
        System.IO.Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_failed_scheduled_backup_is_audited_with_its_reason_and_never_the_key()
    {
        var folder = Path.Combine(Path.GetTempPath(), "intranet-backup-tests", Guid.NewGuid().ToString("N"));
        const string badKey = "short-key"; // refused: shorter than a passphrase may be
        await using var factory = new ScheduledFactory(folder, badKey, keepDaily: 7, keepMonthly: 12);
        _ = factory.Services;

        await EventuallyAsync(() => HostAudit(factory.AppData, "failed") > 0 ? "" : null);

        var details = HostAuditDetails(factory.AppData, "failed");
        Assert.Contains("passphrase of at least", details);
        Assert.DoesNotContain(badKey, details);
        Assert.Empty(System.IO.Directory.Exists(folder) ? System.IO.Directory.EnumerateFiles(folder) : []);
    }

    private static string Newest(string folder) => System.IO.Directory.EnumerateFiles(folder, "province-2*.ibak").Select(Path.GetFileName).OfType<string>().Max(StringComparer.Ordinal)!;

    private static string WriteKey(string folder, string key)
    {
        var path = Path.Combine(folder, "key.txt");
        File.WriteAllText(path, key);
        return path;
    }

    private static long HostAudit(string appData, string action)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(appData, "Sites", "Default", "intranet.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM AuditEntries WHERE Category = 'backup' AND Action = $a";
        command.Parameters.AddWithValue("$a", action);
        return (long)command.ExecuteScalar()!;
    }

    private static string HostAuditDetails(string appData, string action)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(appData, "Sites", "Default", "intranet.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(coalesce(Subject, '') || ' ' || coalesce(Details, ''), ' | ') FROM AuditEntries WHERE Category = 'backup' AND Action = $a";
        command.Parameters.AddWithValue("$a", action);
        return command.ExecuteScalar() as string ?? "";
    }

    private static async Task<string> EventuallyAsync(Func<string?> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (probe() is { } found)
                {
                    return found;
                }
            }
            catch (SqliteException)
            {
                // The host database may not exist yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the scheduled backup did not happen in time");
    }

    private sealed class ScheduledFactory : IntranetFactory
    {
        private readonly string _folder;
        private readonly string _key;
        private readonly int _keepDaily;
        private readonly int _keepMonthly;

        public ScheduledFactory(string folder, string key, int keepDaily, int keepMonthly)
        {
            _folder = folder;
            _key = key;
            _keepDaily = keepDaily;
            _keepMonthly = keepMonthly;
        }

        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            builder.UseSetting("Intranet:Backup:Folder", _folder);
            builder.UseSetting("Intranet:Backup:Interval", "00:00:01");
            builder.UseSetting("Intranet:Backup:Key", _key);
            builder.UseSetting("Intranet:Backup:KeepDaily", _keepDaily.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Intranet:Backup:KeepMonthly", _keepMonthly.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
