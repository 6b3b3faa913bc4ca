using System.Net;
using Intranet.Backup.Crypto;
using Intranet.Core.Tenants;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Backup.Tests;

/// <summary>The demo province backed up while it serves, verified, refused when tampered with or opened with another key, and restored.</summary>
public sealed class ProvinceBackupTests : IClassFixture<ProvinceBackupFixture>
{
    private readonly ProvinceBackupFixture _backup;

    public ProvinceBackupTests(ProvinceBackupFixture backup) => _backup = backup;

    private string Scratch(string name) => Path.Combine(_backup.Folder, name + "-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Backup_create_writes_one_archive_while_the_site_serves_requests()
    {
        Assert.True(_backup.Created.Code == 0, _backup.Created.Output);
        Assert.Contains("Backup written", _backup.Created.Output);
        Assert.Contains("7 tenants", _backup.Created.Output); // the province and its six demo departments
        Assert.True(_backup.RequestsDuringBackup > 0, "no request was served during the backup");
        Assert.Empty(_backup.FailuresDuringBackup);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_backup.Archive));
        }

        var bytes = File.ReadAllBytes(_backup.Archive);
        Assert.Equal(-1, bytes.AsSpan().IndexOf("SQLite format 3"u8));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(IntranetFactory.AdminEmail)));
    }

    [Fact]
    public async Task Backup_verify_accepts_the_archive_after_checking_every_hash_and_database()
    {
        var (code, output) = await Cli.RunAsync(_backup.Original.Services, "backup", "verify", _backup.Archive, "--key-file", _backup.KeyFile);

        Assert.True(code == 0, output);
        Assert.Contains("Tệp sao lưu hợp lệ / Backup OK", output);
        Assert.Matches("[89] databases pass integrity_check", output); // 7 tenants, mail.db, the email outbox
    }

    [Fact]
    public async Task One_changed_byte_is_refused_by_verify_and_by_restore_which_writes_nothing()
    {
        var tampered = Scratch("tampered") + ".ibak";
        var bytes = await File.ReadAllBytesAsync(_backup.Archive);
        bytes[bytes.Length / 2] ^= 0x20;
        await File.WriteAllBytesAsync(tampered, bytes);
        var target = Scratch("App_Data");

        var verify = await Cli.RunAsync(_backup.Original.Services, "backup", "verify", tampered, "--key-file", _backup.KeyFile);
        var restore = await Cli.RunAsync(_backup.Original.Services, "backup", "restore", "--from", tampered, "--app-data", target, "--key-file", _backup.KeyFile);

        Assert.Equal(1, verify.Code);
        Assert.Contains("đã bị sửa đổi hoặc hỏng", verify.Output);
        Assert.Contains("altered or is damaged", verify.Output);
        Assert.Equal(1, restore.Code);
        Assert.False(System.IO.Directory.Exists(target));
        Assert.Empty(System.IO.Directory.EnumerateDirectories(_backup.Folder, "*.restore-*"));
    }

    [Fact]
    public async Task Another_key_is_refused_by_verify_and_restore()
    {
        var otherKey = Scratch("other") + ".key";
        await File.WriteAllTextAsync(otherKey, BackupKey.Generate());
        var target = Scratch("App_Data");

        var verify = await Cli.RunAsync(_backup.Original.Services, "backup", "verify", _backup.Archive, "--key-file", otherKey);
        var restore = await Cli.RunAsync(_backup.Original.Services, "backup", "restore", "--from", _backup.Archive, "--app-data", target, "--key-file", otherKey);

        Assert.Equal(1, verify.Code);
        Assert.Contains("Sai khóa", verify.Output);
        Assert.Contains("Wrong key", verify.Output);
        Assert.Equal(1, restore.Code);
        Assert.False(System.IO.Directory.Exists(target));
    }

    [Fact]
    public async Task Restore_refuses_the_live_App_Data_and_says_why()
    {
        var (code, output) = await Cli.RunAsync(_backup.Original.Services, "backup", "restore", "--from", _backup.Archive, "--key-file", _backup.KeyFile);

        Assert.Equal(1, code);
        Assert.Contains("không trống", output);
        Assert.Contains("is not empty", output);
    }

    [Fact]
    public async Task The_restored_province_serves_the_same_tenants_accounts_pages_people_mailboxes_and_audit_trail()
    {
        await using var restored = new IntranetFactory();

        // The real entry point, as an operator runs it (it must not set anything up before restoring).
        var (code, output) = await Cli.RunProcessAsync(restored.AppData, "backup", "restore", "--from", _backup.Archive, "--app-data", restored.AppData, "--key-file", _backup.KeyFile);
        Assert.True(code == 0, output);
        Assert.Contains("Restored into", output);

        var anonymous = restored.CreateClient(); // starts the restored site
        var tenants = restored.Services.GetRequiredService<ITenantRegistry>().Table.Tenants
            .Select(t => (t.Name, t.State)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(_backup.TenantsAtBackup, tenants);
        var expected = _backup.CountsAtBackup;
        foreach (var nonEmpty in new[] { "Sites/Default/intranet.db:Tenants", "Sites/Default/intranet.db:Accounts", "Sites/so-tttt/intranet.db:SiteNews",
            "Sites/so-noi-vu/intranet.db:Directory_People", "mail/mail.db:mail_mailbox", "Sites/Default/intranet.db:AuditEntries", "Sites/so-tttt/intranet.db:AuditEntries" })
        {
            Assert.True(expected.GetValueOrDefault(nonEmpty) > 0, $"{nonEmpty} is empty in the original: the comparison would prove nothing");
        }

        Assert.Equal(expected, ProvinceCounts.Read(restored.AppData));

        var audit = await Cli.RunAsync(restored.Services, "audit", "verify", "--all");
        Assert.True(audit.Code == 0, audit.Output);
        Assert.Contains("so-tttt: chain intact", audit.Output);

        // The administrator signs in with the password of the original site (not the one this factory would set).
        var admin = restored.CreateBrowserClient();
        await admin.SignInAsync(IntranetFactory.AdminEmail, _backup.Original.AdminPassword);
        var article = await admin.GetAsync($"/so-tttt/news/{ProvinceBackupFixture.NewsSlug}");
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains(ProvinceBackupFixture.NewsTitle, await article.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/so-noi-vu/")).StatusCode);

        // Search indexes were not in the archive: the first start rebuilt them from the restored databases.
        var api = await restored.CreateApiClientAsync(IntranetFactory.AdminEmail, _backup.Original.AdminPassword);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        string found;
        do
        {
            await Task.Delay(250);
            found = await api.GetStringAsync("/api/directory/search?q=nguyen%20van%20an");
        }
        while (!found.Contains("nguyenvanan@", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("nguyenvanan@", found);
    }

    [Fact]
    public async Task The_backup_page_is_the_province_administrators_only()
    {
        var anonymous = await _backup.Original.CreateBrowserClient().GetAsync("/admin/backups");
        var admin = _backup.Original.CreateBrowserClient();
        await admin.SignInAsync(IntranetFactory.AdminEmail, _backup.Original.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/backups")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/so-tttt/admin/backups")).StatusCode); // host-only feature
    }
}
