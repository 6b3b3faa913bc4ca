using System.Net;
using System.Net.Http.Json;
using System.Text;
using Intranet.Testing;

namespace Intranet.Tenants.Tests;

/// <summary>The JSON API as a province administrator's script uses it: bearer token, problem+json on bad input.</summary>
public sealed class TenantsApiTests : IClassFixture<TenantsTestFactory>, IAsyncLifetime
{
    private readonly TenantsTestFactory _factory;
    private HttpClient _admin = null!;

    public TenantsApiTests(TenantsTestFactory factory) => _factory = factory;

    public async Task InitializeAsync() => _admin = await _factory.CreateAdminApiClientAsync();

    public Task DisposeAsync()
    {
        _admin.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task List_WithoutAToken_IsUnauthorized()
    {
        using var anonymous = _factory.CreateClient();

        var response = await anonymous.GetAsync("/api/tenants");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_ThenGetAndSearch_ShowsTheRunningTenant()
    {
        var name = ApiClientExtensions.NewTenantName("api");
        var created = await _admin.CreateTenantAsync(name, displayName: "Sở Tài nguyên và Môi trường " + name);

        var fetched = await ApiAssert.JsonAsync(await _admin.GetAsync($"/api/tenants/{name}"));
        var found = await ApiAssert.JsonAsync(await _admin.GetAsync($"/api/tenants?q=tai nguyen {name[4..]}&sort=-created&pageSize=5"));

        Assert.Equal("Running", created.GetProperty("state").GetString());
        Assert.Equal(name, fetched.GetProperty("prefix").GetString());
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(name, found.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task List_IsPagedAndSorted()
    {
        var stem = "pg" + Guid.NewGuid().ToString("N")[..6];
        foreach (var i in new[] { 3, 1, 2 })
        {
            await _admin.CreateTenantAsync($"{stem}-{i}");
        }

        var page1 = await ApiAssert.JsonAsync(await _admin.GetAsync($"/api/tenants?q={stem}&sort=name&page=1&pageSize=2"));
        var page2 = await ApiAssert.JsonAsync(await _admin.GetAsync($"/api/tenants?q={stem}&sort=name&page=2&pageSize=2"));
        var descending = await ApiAssert.JsonAsync(await _admin.GetAsync($"/api/tenants?q={stem}&sort=-name"));

        Assert.Equal(3, page1.GetProperty("total").GetInt32());
        Assert.Equal([$"{stem}-1", $"{stem}-2"], page1.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([$"{stem}-3"], page2.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal($"{stem}-3", descending.GetProperty("items")[0].GetProperty("name").GetString());
        await ApiAssert.ProblemAsync(await _admin.GetAsync("/api/tenants?sort=password"), HttpStatusCode.BadRequest, "Không sắp xếp được");
    }

    [Fact]
    public async Task Update_ChangesDisplayNameAndHosts_AndRefusesAnInvalidHost()
    {
        var name = ApiClientExtensions.NewTenantName("upd");
        await _admin.CreateTenantAsync(name);

        var updated = await ApiAssert.JsonAsync(await _admin.PutAsJsonAsync($"/api/tenants/{name}", new { displayName = "Sở Xây dựng", hosts = new[] { $"{name}.tinh.test" } }));
        var invalid = await _admin.PutAsJsonAsync($"/api/tenants/{name}", new { hosts = new[] { "không phải tên miền" } });

        Assert.Equal("Sở Xây dựng", updated.GetProperty("displayName").GetString());
        Assert.Equal([$"{name}.tinh.test"], updated.GetProperty("hosts").EnumerateArray().Select(h => h.GetString()));
        await ApiAssert.ProblemAsync(invalid, HttpStatusCode.BadRequest, "Tên miền");
    }

    [Fact]
    public async Task DisableEnableExportImportRemove_WorkThroughTheApi()
    {
        var name = ApiClientExtensions.NewTenantName("life");
        await _admin.CreateTenantAsync(name);

        var export = await _admin.GetAsync($"/api/tenants/{name}/export");
        var recipe = await export.Content.ReadAsStringAsync();
        var copyName = ApiClientExtensions.NewTenantName("copy");
        using var body = new StringContent(recipe, Encoding.UTF8, "application/json");
        var imported = await ApiAssert.JsonAsync(await _admin.PostAsync($"/api/tenants/import?name={copyName}&displayName=B%E1%BA%A3n%20sao", body), HttpStatusCode.Created);
        var removeRunning = await _admin.DeleteAsync($"/api/tenants/{name}");
        var disabled = await ApiAssert.JsonAsync(await _admin.PostAsync($"/api/tenants/{name}/disable", null));
        var enabled = await ApiAssert.JsonAsync(await _admin.PostAsync($"/api/tenants/{name}/enable", null));
        await _admin.PostAsync($"/api/tenants/{name}/disable", null);
        var removed = await ApiAssert.JsonAsync(await _admin.DeleteAsync($"/api/tenants/{name}"));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(copyName, imported.GetProperty("name").GetString());
        Assert.Equal("Bản sao", imported.GetProperty("displayName").GetString());
        Assert.Equal(copyName, imported.GetProperty("prefix").GetString());
        await ApiAssert.ProblemAsync(removeRunning, HttpStatusCode.Conflict, "tạm dừng");
        Assert.Equal("Disabled", disabled.GetProperty("state").GetString());
        Assert.Equal("Running", enabled.GetProperty("state").GetString());
        Assert.StartsWith(name + "-", removed.GetProperty("archive").GetString());
        await ApiAssert.ProblemAsync(await _admin.GetAsync($"/api/tenants/{name}"), HttpStatusCode.NotFound, name);
    }

    [Fact]
    public async Task Features_EnablingOneBringsItsDependency_DisablingTheDependencyTakesItsDependent()
    {
        var name = ApiClientExtensions.NewTenantName("feat");
        await _admin.CreateTenantAsync(name);

        var enabled = await ApiAssert.JsonAsync(await _admin.PostAsJsonAsync($"/api/tenants/{name}/features", new { enable = new[] { TestFeatures.Reports } }));
        var listed = await ApiAssert.JsonAsync(await _admin.GetAsync($"/api/tenants/{name}/features"));
        var disabled = await ApiAssert.JsonAsync(await _admin.PostAsJsonAsync($"/api/tenants/{name}/features", new { disable = new[] { TestFeatures.Charts } }));

        Assert.Equal([TestFeatures.Charts, TestFeatures.Reports], enabled.GetProperty("enabled").EnumerateArray().Select(f => f.GetString()));
        var reports = listed.EnumerateArray().Single(f => f.GetProperty("id").GetString() == TestFeatures.Reports);
        Assert.True(reports.GetProperty("enabled").GetBoolean());
        Assert.Equal([TestFeatures.Charts], reports.GetProperty("dependencies").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal([TestFeatures.Charts, TestFeatures.Reports], disabled.GetProperty("disabled").EnumerateArray().Select(f => f.GetString()).Order());
    }

    [Fact]
    public async Task BadInput_AnswersProblemJsonWithAVietnameseDetail()
    {
        var taken = ApiClientExtensions.NewTenantName("taken");
        await _admin.CreateTenantAsync(taken);
        var name = ApiClientExtensions.NewTenantName("bad");

        await ApiAssert.ProblemAsync(await Create(name, prefix: "admin"), HttpStatusCode.BadRequest, "dùng riêng");
        await ApiAssert.ProblemAsync(await Create(name, prefix: "_content"), HttpStatusCode.BadRequest, "dùng riêng");
        await ApiAssert.ProblemAsync(await Create(name, prefix: taken), HttpStatusCode.Conflict, "đã được đơn vị");
        await ApiAssert.ProblemAsync(await Create(taken, prefix: name), HttpStatusCode.Conflict, "Đã có đơn vị");
        await ApiAssert.ProblemAsync(await Create("Tên Có Dấu", prefix: name), HttpStatusCode.BadRequest, "không hợp lệ");
        await ApiAssert.ProblemAsync(await Create(name, prefix: name, hosts: ["http://x/y"]), HttpStatusCode.BadRequest, "Tên miền 'http://x/y' không hợp lệ");
        await ApiAssert.ProblemAsync(await Create(name, prefix: name, recipe: "khong-co"), HttpStatusCode.BadRequest, "Không có công thức");
        await ApiAssert.ProblemAsync(await Import("{\n  \"name\": \"x\",\n  \"steps\": [ { \"name\": \"feature\" ]\n}", name), HttpStatusCode.BadRequest, "dòng 3");
        await ApiAssert.ProblemAsync(await Import("""{ "name": "x", "steps": [ { "name": "bay-mau" } ] }""", name), HttpStatusCode.BadRequest, "không có bước nào tên 'bay-mau'");
        await ApiAssert.ProblemAsync(await Import("""{ "name": "x", "steps": [ { "name": "feature", "enable": [ "Khong.Co" ] } ] }""", name), HttpStatusCode.BadRequest, "Không có tính năng 'Khong.Co'");
        await ApiAssert.ProblemAsync(await Import("""{ "name": "x", "steps": [ { "name": "feature", "enable": [ "Test.ProvinceOnly" ] } ] }""", name), HttpStatusCode.BadRequest, "chỉ dùng ở cấp tỉnh");
        await ApiAssert.ProblemAsync(await _admin.PostAsJsonAsync($"/api/tenants/{taken}/features", new { enable = new[] { "Khong.Co" } }), HttpStatusCode.BadRequest, "Không có tính năng");
        await ApiAssert.ProblemAsync(await _admin.PostAsJsonAsync($"/api/tenants/{taken}/features", new { enable = new[] { "Intranet.Tenants" } }), HttpStatusCode.BadRequest, "chỉ dùng ở cấp tỉnh");
        await ApiAssert.ProblemAsync(await _admin.PostAsJsonAsync($"/api/tenants/{taken}/features", new { disable = new[] { "Intranet.Users" } }), HttpStatusCode.BadRequest, "luôn bật");
        await ApiAssert.ProblemAsync(await _admin.GetAsync("/api/tenants/khong-ton-tai"), HttpStatusCode.NotFound, "Không có đơn vị");
        using var malformed = new StringContent("{ \"name\": ", Encoding.UTF8, "application/json");
        await ApiAssert.ProblemAsync(await _admin.PostAsync("/api/tenants", malformed), HttpStatusCode.BadRequest, "Nội dung yêu cầu phải là JSON");

        // Nothing of the refused requests remains.
        Assert.False(await _factory.HasRowAsync(name));
        Assert.False(System.IO.Directory.Exists(_factory.SiteFolder(name)));
    }

    [Fact]
    public async Task TheApi_InADepartment_IsNotFound()
    {
        var name = ApiClientExtensions.NewTenantName("dep");
        await _admin.CreateTenantAsync(name);

        var response = await _admin.GetAsync($"/{name}/api/tenants");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<HttpResponseMessage> Create(string name, string? prefix, string[]? hosts = null, string recipe = "department") =>
        _admin.PostAsJsonAsync("/api/tenants", new { name, displayName = "Đơn vị " + name, prefix, hosts, recipe });

    private Task<HttpResponseMessage> Import(string json, string name)
    {
        var content = new StringContent(json, Encoding.UTF8, "application/json");
        return _admin.PostAsync($"/api/tenants/import?name={name}&displayName=X", content);
    }
}
