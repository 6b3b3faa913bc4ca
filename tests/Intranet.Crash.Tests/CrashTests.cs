using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Intranet.Crash.Tests;

/// <summary>
/// kill -9 of the real server at random points (fixed seed) while it sets up a department, imports people and
/// provisions mailboxes — 8 + 6 + 6 = 20 kills, plus one aimed at a running recipe — and after each restart everything must be whole: tenants absent or
/// Running and serving, imports all or nothing, mailboxes consistent, every audit chain intact.
/// </summary>
public sealed class CrashTests : IClassFixture<CrashServer>
{
    private const int Seed = 13;
    private const int ImportPeople = 1000;
    private const int MailMembers = 1000;
    private const string MailDomain = "crash-mail.test";

    private readonly CrashServer _server;
    private readonly ITestOutputHelper _output;

    public CrashTests(CrashServer server, ITestOutputHelper output)
    {
        _server = server;
        _output = output;
    }

    [Fact]
    public async Task Kill_DuringTenantSetup_LeavesEachTenantAbsentOrRunning()
    {
        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        await CreateTenantAsync("crash-ref");
        var setup = clock.Elapsed;
        var absent = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var name = $"crash-t{i}";
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * setup.TotalMilliseconds * 1.2);
            var post = _server.Client.Api.PostAsJsonAsync("/api/tenants", new { name, displayName = $"Đơn vị thử {i}", prefix = name, recipe = "department" });
            await KillAfterAsync(post, delay);
            var tenants = await CrashChecks.TenantsAsync(_server.Client);
            _output.WriteLine($"tenant kill {i} at {delay.TotalMilliseconds:0} ms of ~{setup.TotalMilliseconds:0}: {(tenants.ContainsKey(name) ? "complete" : "absent")}");
            if (!tenants.ContainsKey(name))
            {
                absent.Add(name);
            }

            await CrashChecks.AllAsync(_server, $"tenant kill {i}");
        }

        // Absent means absent everywhere: the name can be taken again.
        if (absent.Count > 0)
        {
            await CreateTenantAsync(absent[0]);
            await CrashChecks.AllAsync(_server, "re-created " + absent[0]);
        }
    }

    /// <summary>
    /// A kill while the recipe runs (the row is seen Initializing in the host database): the next start discards the
    /// department — nothing of it is left — and the province's audit trail says so, in words an administrator reads.
    /// </summary>
    [Fact]
    public async Task Kill_WhileTheRecipeRuns_RemovesTheDepartmentAtStartAndAuditsIt()
    {
        string? caught = null;
        for (var attempt = 0; attempt < 3 && caught is null; attempt++)
        {
            var name = $"crash-mid{attempt}";
            var post = _server.Client.Api.PostAsJsonAsync("/api/tenants", new { name, displayName = "Đơn vị bị ngắt", prefix = name, recipe = "department" });
            var state = await WaitForStateAsync(name, post);
            await KillAfterAsync(post, TimeSpan.Zero);
            _output.WriteLine($"mid-setup kill {attempt}: row was {(state is null ? "not seen" : "state " + state)}");
            if (state == CrashDatabase.TenantStateInitializing)
            {
                caught = name;
            }
        }

        Assert.True(caught is not null, "the setup never was seen Initializing in three tries");
        var tenants = await CrashChecks.TenantsAsync(_server.Client);
        Assert.False(tenants.ContainsKey(caught), $"{caught} is listed after its interrupted setup");
        Assert.False(System.IO.Directory.Exists(Path.Combine(_server.AppData, "Sites", caught)), $"{caught}'s folder is left");
        var audit = CrashDatabase.LastAudit(CrashDatabase.HostDb(_server.AppData), "tenant", caught);
        Assert.True(audit is { Action: "created", Succeeded: false, Actor: "system:startup" }, $"audit entry of {caught}: {audit}");
        Assert.Contains("Khởi tạo bị gián đoạn", audit!.Details, StringComparison.Ordinal);
        await CrashChecks.AllAsync(_server, "mid-setup kill");
        await CreateTenantAsync(caught);
    }

    [Fact]
    public async Task Kill_DuringDirectoryImport_LeavesPeopleCountBeforeOrAfter()
    {
        var random = new Random(Seed + 1);
        const string tenant = "crash-dir";
        await CreateTenantAsync(tenant);
        var db = CrashDatabase.TenantDb(_server.AppData, tenant);
        var clock = Stopwatch.StartNew();
        var reference = await ImportAsync(tenant, 0);
        Assert.True(reference.IsSuccessStatusCode, await reference.Content.ReadAsStringAsync());
        var import = clock.Elapsed;
        Assert.Equal(ImportPeople, CrashDatabase.Count(db, "Directory_People"));
        for (var k = 1; k <= 6; k++)
        {
            var before = CrashDatabase.Count(db, "Directory_People");
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * import.TotalMilliseconds * 1.2);
            await KillAfterAsync(ImportAsync(tenant, k), delay);
            var after = CrashDatabase.Count(db, "Directory_People");
            _output.WriteLine($"import kill {k} at {delay.TotalMilliseconds:0} ms of ~{import.TotalMilliseconds:0}: {before} → {after} people");
            Assert.True(after == before || after == before + ImportPeople, $"import kill {k}: {before} people before, {after} after a {ImportPeople}-row import");
            await CrashChecks.AllAsync(_server, $"import kill {k}");
        }
    }

    [Fact]
    public async Task Kill_DuringMailboxProvisioning_LeavesMailboxesConsistentAndCompletable()
    {
        var random = new Random(Seed + 2);
        const string tenant = "crash-mail";
        var created = await _server.Client.Api.PostAsync(
            $"/api/tenants/import?name={tenant}&prefix={tenant}&displayName=Crash%20mail",
            new StringContent(CrashData.DepartmentWithMembers(MailMembers), Encoding.UTF8, "application/json"));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());

        // Each round raises the domain's limit, so provisioning has new members to give mailboxes to. Every killed save
        // runs in a freshly started process, so the reference is timed in one too (cold code paths take longer).
        await _server.KillAsync();
        await _server.RestartAsync();
        var clock = Stopwatch.StartNew();
        var first = await SaveDomainAsync(null, tenant, 150);
        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        var provision = clock.Elapsed;
        Assert.Equal(150, Mailboxes());
        for (var k = 1; k <= 6; k++)
        {
            var limit = 150 * (k + 1);
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * provision.TotalMilliseconds * 1.2);
            var domain = await DomainIdAsync(); // outside the timed window, so the kill lands in the save itself
            await KillAfterAsync(SaveDomainAsync(domain, tenant, limit), delay);
            _output.WriteLine($"mail kill {k} at {delay.TotalMilliseconds:0} ms of ~{provision.TotalMilliseconds:0}: {Mailboxes()} mailboxes (limit {limit})");
            Assert.True(Mailboxes() <= limit);
            await CrashChecks.AllAsync(_server, $"mail kill {k}");
        }

        // What a kill left undone is done by the next save of the domain.
        var last = await SaveDomainAsync(await DomainIdAsync(), tenant, 0);
        Assert.True(last.IsSuccessStatusCode, await last.Content.ReadAsStringAsync());
        Assert.Equal(MailMembers, Mailboxes());
        CrashChecks.MailboxesConsistent(_server.AppData, "after the last save");
    }

    /// <summary>Lets <paramref name="request"/> run for <paramref name="delay"/>, kills the server, restarts it.</summary>
    private async Task KillAfterAsync(Task<HttpResponseMessage> request, TimeSpan delay)
    {
        await Task.Delay(delay);
        await _server.KillAsync();
        try
        {
            (await request).Dispose();
        }
        catch (HttpRequestException)
        {
            // the connection died with the server: expected
        }

        await _server.RestartAsync();
        _output.WriteLine($"restart took {_server.StartTimes[^1].TotalSeconds:0.0} s");
    }

    /// <summary>Polls the host database until the department's row is Initializing (or the request ended); its state, or null if never seen.</summary>
    private async Task<long?> WaitForStateAsync(string name, Task<HttpResponseMessage> request)
    {
        var host = CrashDatabase.HostDb(_server.AppData);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (CrashDatabase.TenantState(host, name) is { } state)
            {
                return state;
            }

            if (request.IsCompleted)
            {
                return null;
            }

            await Task.Delay(5);
        }

        return null;
    }

    private async Task CreateTenantAsync(string name)
    {
        var response = await _server.Client.Api.PostAsJsonAsync("/api/tenants", new { name, displayName = "Đơn vị " + name, prefix = name, recipe = "department" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"creating {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private Task<HttpResponseMessage> ImportAsync(string tenant, int batch)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(CrashData.PeopleCsv(batch, ImportPeople));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", $"nhan-su-{batch}.csv");
        return _server.Client.Api.PostAsync($"/{tenant}/api/directory/import", form);
    }

    /// <summary>The department's domain, when an earlier round created it before its kill.</summary>
    private async Task<int?> DomainIdAsync()
    {
        using var list = JsonDocument.Parse(await _server.Client.Api.GetStringAsync("/api/mail/domains?q=" + MailDomain));
        var existing = list.RootElement.GetProperty("items").EnumerateArray().FirstOrDefault();
        return existing.ValueKind == JsonValueKind.Object ? existing.GetProperty("id").GetInt32() : null;
    }

    /// <summary>Gives the department its mail domain (POST the first time, PUT after) with a mailbox limit; 0 = none.</summary>
    private Task<HttpResponseMessage> SaveDomainAsync(int? id, string tenant, int limit)
    {
        var body = new { name = MailDomain, maxMailboxes = limit, tenants = new[] { tenant } };
        return id is { } existing
            ? _server.Client.Api.PutAsJsonAsync($"/api/mail/domains/{existing}", body)
            : _server.Client.Api.PostAsJsonAsync("/api/mail/domains", body);
    }

    private long Mailboxes() => CrashDatabase.Count(CrashDatabase.MailDb(_server.AppData), "mail_mailbox");
}
