using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;
using Intranet.Tenants.Services;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Tenants.Tests;

/// <summary>A department's life through the services: create and set up, reach it, disable, enable, export, copy, remove.</summary>
public sealed class TenantLifecycleTests : IClassFixture<TenantsTestFactory>
{
    private readonly TenantsTestFactory _factory;

    public TenantLifecycleTests(TenantsTestFactory factory) => _factory = factory;

    [Fact]
    public async Task FirstStart_SetsTheHostUpFromItsRecipe()
    {
        var host = _factory.Table().Host;

        Assert.Equal(TenantState.Running, host.State);
        Assert.Equal("host", host.RecipeName);
        Assert.Equal(TenantState.Running, (await _factory.Store().FindAsync(Tenant.DefaultName))!.State);
        Assert.Contains("Intranet.Tenants", host.EnabledFeatures);
    }

    [Fact]
    public async Task Create_FromTheDepartmentRecipe_IsRunningWithItsOwnDatabaseAndAnswersUnderItsPrefix()
    {
        var tenant = await _factory.CreateDepartmentAsync();
        await _factory.Features().EnableAsync(tenant, [TestFeatures.Reports]);
        using var client = _factory.CreateClient();

        Assert.Equal(TenantState.Running, _factory.Table().FindByName(tenant.Name)!.State);
        // Its own database: a SQLite file, or on PostgreSQL a schema of its own in the province's database.
        Assert.True(TestDatabase.IsPostgres || File.Exists(Path.Combine(_factory.SiteFolder(tenant.Name), "intranet.db")));
        Assert.Equal("department", tenant.RecipeName);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{tenant.Name}/test-reports")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/test-reports")).StatusCode); // the host has not enabled it
        Assert.Equal([$"created:{tenant.Name}", $"state:{tenant.Name}:Running"], _factory.TenantEvents.For(tenant.Name));
    }

    [Fact]
    public async Task Create_WithAHostName_IsReachedByThatHostNameOnly()
    {
        var name = ApiClientExtensions.NewTenantName("host");
        var tenant = await _factory.CreateDepartmentAsync(name, hosts: [$"{name}.tinh.test"], prefix: null);
        await _factory.Features().EnableAsync(tenant, [TestFeatures.Reports]);
        using var client = _factory.CreateClient();

        using var byHost = new HttpRequestMessage(HttpMethod.Get, "/test-reports") { Headers = { Host = $"{name}.tinh.test" } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(byHost)).StatusCode);
        using var byOtherHost = new HttpRequestMessage(HttpMethod.Get, "/test-reports") { Headers = { Host = "khac.tinh.test" } };
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(byOtherHost)).StatusCode);
    }

    [Fact]
    public async Task Disable_ThenEnable_TakesTheSiteDownAndBringsItBack()
    {
        var tenant = await _factory.CreateDepartmentAsync();
        await _factory.Features().EnableAsync(tenant, [TestFeatures.Reports]);
        using var client = _factory.CreateClient();

        var disabled = await _factory.Manager().DisableAsync(tenant.Name);
        var whileDisabled = await client.GetAsync($"/{tenant.Name}/test-reports");
        var enabled = await _factory.Manager().EnableAsync(tenant.Name);
        var afterEnable = await client.GetAsync($"/{tenant.Name}/test-reports");

        Assert.Equal(TenantState.Disabled, disabled.State);
        Assert.Equal(HttpStatusCode.NotFound, whileDisabled.StatusCode);
        Assert.Contains("không hoạt động", await whileDisabled.Content.ReadAsStringAsync());
        Assert.Equal(TenantState.Running, enabled.State);
        Assert.Equal(HttpStatusCode.OK, afterEnable.StatusCode);
        Assert.Equal(TenantState.Running, (await _factory.Store().FindAsync(tenant.Name))!.State);
        Assert.Contains($"state:{tenant.Name}:Disabled", _factory.TenantEvents.For(tenant.Name));
    }

    [Fact]
    public async Task Export_ThenImportUnderAnotherName_CreatesACopyWithTheSameFeatures()
    {
        var original = await _factory.CreateDepartmentAsync();
        (_, original) = await _factory.Features().EnableAsync(original, [TestFeatures.Reports]);

        var json = await _factory.Manager().ExportAsync(original.Name);
        var copyName = ApiClientExtensions.NewTenantName("copy");
        var copy = await _factory.Manager().ImportAsync(json, new TenantRequest(copyName, "Bản sao", copyName, []));

        using var document = JsonDocument.Parse(json);
        Assert.Equal(original.Name, document.RootElement.GetProperty("tenant").GetProperty("name").GetString());
        Assert.Contains(document.RootElement.GetProperty("steps").EnumerateArray(), s => s.GetProperty("name").GetString() == "feature");
        Assert.Equal(TenantState.Running, copy.State);
        Assert.Equal("Bản sao", copy.DisplayName);
        Assert.Equal(original.EnabledFeatures.Order(), copy.EnabledFeatures.Order());
        Assert.True(copy.IsFeatureEnabled(TestFeatures.Charts));
    }

    [Fact]
    public async Task Remove_ARunningTenant_IsRefusedUntilItIsDisabled()
    {
        var tenant = await _factory.CreateDepartmentAsync();

        var ex = await Assert.ThrowsAsync<TenantOperationException>(() => _factory.Manager().RemoveAsync(tenant.Name));

        Assert.Equal(409, ex.Status);
        Assert.Contains("tạm dừng", ex.Message);
        Assert.True(await _factory.HasRowAsync(tenant.Name));
    }

    [Fact]
    public async Task Remove_ADisabledTenant_ArchivesItThenDeletesRowDatabaseAndFolder()
    {
        var tenant = await _factory.CreateDepartmentAsync();
        await _factory.Manager().DisableAsync(tenant.Name);
        var folder = _factory.SiteFolder(tenant.Name);
        Assert.True(TestDatabase.IsPostgres || System.IO.Directory.Exists(folder)); // no database file on PostgreSQL

        var archive = await _factory.Manager().RemoveAsync(tenant.Name);

        Assert.Equal(Path.Combine(_factory.AppData, "Archives"), Path.GetDirectoryName(archive));
        Assert.StartsWith(tenant.Name + "-", Path.GetFileName(archive));
        using (var zip = ZipFile.OpenRead(archive))
        {
            var recipe = zip.GetEntry("recipe.json");
            Assert.NotNull(recipe);
            using var reader = new StreamReader(recipe.Open());
            Assert.Equal(tenant.Name + "-export", RecipeParser.Parse(await reader.ReadToEndAsync()).Name);
            Assert.NotNull(zip.GetEntry("files/intranet.db"));
        }

        Assert.False(System.IO.Directory.Exists(folder));
        Assert.False(await _factory.HasRowAsync(tenant.Name));
        Assert.Null(_factory.Table().FindByName(tenant.Name));
        Assert.Contains($"removing:{tenant.Name}", _factory.TenantEvents.For(tenant.Name));
    }

    [Fact]
    public async Task Create_WhileTheRecipeRuns_AnswersServiceUnavailableWithRetryAfter()
    {
        var name = ApiClientExtensions.NewTenantName("wait");
        _factory.Gate.Reset();
        var recipe = RecipeParser.Parse("""{ "name": "cho", "steps": [ { "name": "feature", "enable": [ "Test.Reports" ] }, { "name": "wait" } ] }""");
        var creating = _factory.Manager().CreateAsync(TenantTestExtensions.NewRequest(name), recipe, []);
        await _factory.Gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var client = _factory.CreateClient();

        var during = await client.GetAsync($"/{name}/test-reports");
        _factory.Gate.Release.TrySetResult();
        var tenant = await creating;
        var after = await client.GetAsync($"/{name}/test-reports");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), during.Headers.RetryAfter?.Delta);
        Assert.Equal(TenantState.Running, tenant.State);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Create_WhenAStepFailsMidway_LeavesNoRowNoFolderAndNoDatabase()
    {
        var name = ApiClientExtensions.NewTenantName("fail");
        var recipe = RecipeParser.Parse("""{ "name": "hong", "steps": [ { "name": "feature", "enable": [ "Test.Reports" ] }, { "name": "explode" } ] }""");

        var ex = await Assert.ThrowsAsync<TenantOperationException>(() => _factory.Manager().CreateAsync(TenantTestExtensions.NewRequest(name), recipe, []));

        Assert.Equal(400, ex.Status);
        Assert.Contains("Bước 2", ex.Message);
        Assert.False(await _factory.HasRowAsync(name));
        Assert.False(System.IO.Directory.Exists(_factory.SiteFolder(name)));
        Assert.False(File.Exists(Path.Combine(_factory.SiteFolder(name), "intranet.db")));
        Assert.Null(_factory.Table().FindByName(name));

        // The name is free again: a second try with a good recipe succeeds.
        Assert.Equal(TenantState.Running, (await _factory.CreateDepartmentAsync(name)).State);
    }

    [Fact]
    public async Task Start_AfterACrashMidSetup_DiscardsTheHalfMadeTenantThroughTheRemovalHooksAndAuditsIt()
    {
        // What a kill -9 in the middle of a setup leaves: the row Initializing, the site folder with its database.
        var name = ApiClientExtensions.NewTenantName("crash");
        var started = new DateTime(2026, 12, 6, 8, 30, 0, DateTimeKind.Utc);
        await _factory.Store().InsertAsync(new Tenant
        {
            Name = name,
            DisplayName = "Sở bị gián đoạn",
            RequestUrlPrefix = name,
            State = TenantState.Initializing,
            RecipeName = "department",
            CreatedUtc = started,
        });
        System.IO.Directory.CreateDirectory(_factory.SiteFolder(name));
        await File.WriteAllTextAsync(Path.Combine(_factory.SiteFolder(name), "intranet.db"), "");

        // The next process's start-up.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IStartupTask>().OfType<RegistryStartupTask>().Single().RunAsync(CancellationToken.None);
        }

        Assert.False(await _factory.HasRowAsync(name));
        Assert.False(System.IO.Directory.Exists(_factory.SiteFolder(name)));
        Assert.Null(_factory.Table().FindByName(name));
        Assert.Equal([$"removing:{name}"], _factory.TenantEvents.For(name)); // the same hooks as a failed or a normal removal
        var (action, succeeded, actor, details) = await LastHostAuditAsync(name);
        Assert.Equal("created", action);
        Assert.False(succeeded);
        Assert.Equal(RegistryStartupTask.Actor, actor);
        Assert.Contains("Khởi tạo bị gián đoạn", details);
        Assert.Contains("06/12/2026 08:30:00", details);

        // Absent everywhere: the name can be taken again.
        Assert.Equal(TenantState.Running, (await _factory.CreateDepartmentAsync(name)).State);
    }

    private async Task<(string Action, bool Succeeded, string Actor, string Details)> LastHostAuditAsync(string subject)
    {
        // The host's database on either provider; quoted identifiers and an @-parameter run on both.
        var host = _factory.Services.GetRequiredService<IHostTenantProvider>().Host;
        await using var connection = _factory.Services.GetRequiredService<DatabaseProviders>().For(host).CreateConnection(host);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Action\", \"Succeeded\", \"Actor\", \"Details\" FROM \"AuditEntries\" WHERE \"Category\" = 'tenant' AND \"Subject\" = @s ORDER BY \"Id\" DESC LIMIT 1";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@s";
        parameter.Value = subject;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no tenant audit entry for {subject}");
        return (reader.GetString(0), reader.GetBoolean(1), reader.GetString(2), reader.GetString(3));
    }
}
