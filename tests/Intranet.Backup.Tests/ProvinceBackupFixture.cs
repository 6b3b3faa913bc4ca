using System.Net;
using System.Net.Http.Json;
using Intranet.Backup.Crypto;
using Intranet.Core.Tenants;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Backup.Tests;

/// <summary>
/// The demo province, with a news article and a failed sign-in added, backed up by <c>backup create</c> while
/// anonymous and signed-in readers keep requesting pages. Tests verify, tamper with and restore that archive.
/// </summary>
public sealed class ProvinceBackupFixture : IAsyncLifetime
{
    public const string NewsTitle = "Thông báo sao lưu dữ liệu toàn tỉnh";
    public const string NewsSlug = "thong-bao-sao-luu-du-lieu-toan-tinh";

    public DemoFactory Original { get; } = new();

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "intranet-backup-tests", Guid.NewGuid().ToString("N"));

    public string KeyFile => Path.Combine(Folder, "backup.key");

    public string Archive => Path.Combine(Folder, "province.ibak");

    public (int Code, string Output) Created { get; private set; }

    public int RequestsDuringBackup { get; private set; }

    public List<HttpStatusCode> FailuresDuringBackup { get; } = [];

    public SortedDictionary<string, long> CountsAtBackup { get; private set; } = [];

    public List<(string Name, TenantState State)> TenantsAtBackup { get; private set; } = [];

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Folder);
        await File.WriteAllTextAsync(KeyFile, BackupKey.Generate() + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var admin = Original.CreateBrowserClient();
        await admin.SignInAsync(IntranetFactory.AdminEmail, Original.AdminPassword);
        var news = await admin.PostFormAsync("/so-tttt/admin/site/news/create", "/so-tttt/admin/site/news/create",
            ("Title", NewsTitle), ("PublishedOn", "01/12/2026"), ("Summary", "Sao lưu hằng đêm."), ("Body", "Dữ liệu được **sao lưu** lúc 02:00."));
        Assert.Equal(HttpStatusCode.Redirect, news.StatusCode);
        var failed = await Original.CreateClient().PostAsJsonAsync("/api/auth/token", new { email = IntranetFactory.AdminEmail, password = "not-the-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode); // an audited failure in the host chain

        var before = ProvinceCounts.Read(Original.AppData);
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(i => ReadAsync(i == 0 ? admin : Original.CreateClient(), stop.Token)).ToList();
        await Task.Delay(200);
        Created = await Cli.RunAsync(Original.Services, "backup", "create", "--to", Archive, "--key-file", KeyFile);
        await stop.CancelAsync();
        RequestsDuringBackup = (await Task.WhenAll(readers)).Sum();

        // The readers wrote nothing; the only write is the audit entry for the backup itself, made after the archive.
        var after = ProvinceCounts.Read(Original.AppData);
        Assert.Equal(before["Sites/Default/intranet.db:AuditEntries"] + 1, after["Sites/Default/intranet.db:AuditEntries"]);
        after["Sites/Default/intranet.db:AuditEntries"]--;
        Assert.Equal(before, after);
        CountsAtBackup = before;
        var table = Original.Services.GetRequiredService<ITenantRegistry>().Table;
        TenantsAtBackup = [.. table.Tenants.Select(t => (t.Name, t.State)).OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    public async Task DisposeAsync()
    {
        await Original.DisposeAsync();
        System.IO.Directory.Delete(Folder, recursive: true);
    }

    private async Task<int> ReadAsync(HttpClient client, CancellationToken stop)
    {
        var paths = new[] { "/", "/so-tttt/", "/so-tttt/news", "/so-noi-vu/", "/healthz" };
        var count = 0;
        while (!stop.IsCancellationRequested)
        {
            var response = await client.GetAsync(paths[count % paths.Length], CancellationToken.None);
            if ((int)response.StatusCode >= 500)
            {
                lock (FailuresDuringBackup)
                {
                    FailuresDuringBackup.Add(response.StatusCode);
                }
            }

            count++;
        }

        return count;
    }

    public sealed class DemoFactory : IntranetFactory
    {
        protected override string DemoRecipe => "demo-province";
    }
}
