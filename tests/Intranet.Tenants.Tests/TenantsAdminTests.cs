using System.Net;
using Intranet.Core.Tenants;
using Intranet.Testing;

namespace Intranet.Tenants.Tests;

/// <summary>The admin pages at /admin/tenants, driven as a signed-in province administrator's browser would.</summary>
public sealed class TenantsAdminTests : IClassFixture<TenantsTestFactory>, IAsyncLifetime
{
    private readonly TenantsTestFactory _factory;
    private BrowserSession _browser = null!;

    public TenantsAdminTests(TenantsTestFactory factory) => _factory = factory;

    public async Task InitializeAsync() => _browser = await BrowserSession.SignInAsync(_factory);

    public Task DisposeAsync()
    {
        _browser.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task List_AnonymousIsSentToSignIn_AndADepartmentHasNoSuchPage()
    {
        var tenant = await _factory.CreateDepartmentAsync();
        using var anonymous = _factory.CreateBrowserClient();

        var response = await anonymous.GetAsync("/admin/tenants");
        var inDepartment = await _browser.Client.GetAsync($"/{tenant.Name}/admin/tenants");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, inDepartment.StatusCode);
    }

    [Fact]
    public async Task List_SearchesByDisplayNameWithoutMarks_AndHtmxGetsOnlyTheTable()
    {
        var name = ApiClientExtensions.NewTenantName("ds");
        await _factory.Manager().CreateAsync(new(name, "Sở Giáo dục và Đào tạo " + name[3..], name, []), "department");

        var page = WebUtility.HtmlDecode(await _browser.Client.GetStringAsync($"/admin/tenants?q=giao duc dao tao {name[3..]}"));
        using var htmx = new HttpRequestMessage(HttpMethod.Get, $"/admin/tenants?q={name}&sort=-created") { Headers = { { "HX-Request", "true" } } };
        var partial = await (await _browser.Client.SendAsync(htmx)).Content.ReadAsStringAsync();
        var none = WebUtility.HtmlDecode(await _browser.Client.GetStringAsync("/admin/tenants?q=khong-co-don-vi-nao"));

        Assert.Contains("<html", page);
        Assert.Contains("Sở Giáo dục và Đào tạo", page);
        Assert.DoesNotContain("<html", partial);
        Assert.Contains(name, partial);
        Assert.Contains("Không có đơn vị nào phù hợp.", none);
    }

    [Fact]
    public async Task Create_FromTheForm_SetsTheDepartmentUp_AndABadPrefixIsExplained()
    {
        var name = ApiClientExtensions.NewTenantName("form");

        var bad = await _browser.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", Fields(name, prefix: "api"), htmx: true);
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        var good = await _browser.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", Fields(name, prefix: name), htmx: true);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("dùng riêng", badHtml);
        Assert.DoesNotContain("<html", badHtml);
        Assert.False(await _factory.HasRowAsync(name) && _factory.Table().FindByName(name)!.RequestUrlPrefix == "api");
        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
        Assert.Contains("/admin/tenants?q=" + name, good.Headers.GetValues("HX-Redirect").Single());
        Assert.Equal(TenantState.Running, _factory.Table().FindByName(name)!.State);
    }

    [Fact]
    public async Task EditFeaturesDisableRemove_WorkFromThePages()
    {
        var tenant = await _factory.CreateDepartmentAsync();
        var admin = $"/admin/tenants/{tenant.Name}";

        var edit = await _browser.PostFormAsync($"{admin}/edit", $"{admin}/edit", new() { ["DisplayName"] = "Sở Y tế", ["Prefix"] = tenant.Name, ["Hosts"] = "", ["Theme"] = "Department" });
        var featuresPage = WebUtility.HtmlDecode(await _browser.Client.GetStringAsync($"{admin}/features"));
        var enable = await _browser.PostFormAsync($"{admin}/features", $"{admin}/features/enable", new() { ["id"] = TestFeatures.Reports });
        var afterEnable = WebUtility.HtmlDecode(await _browser.Client.GetStringAsync($"{admin}/features"));
        var disable = await _browser.PostFormAsync("/admin/tenants", $"{admin}/disable", []);
        var removePage = WebUtility.HtmlDecode(await _browser.Client.GetStringAsync($"{admin}/remove"));
        var remove = await _browser.PostFormAsync($"{admin}/remove", $"{admin}/remove", []);

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Contains("Bật sẽ bật thêm: Biểu đồ (thử)", featuresPage);
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.Contains("Tắt sẽ tắt theo: Báo cáo (thử)", afterEnable);
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.Contains("App_Data/Archives", removePage);
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Null(_factory.Table().FindByName(tenant.Name));
        Assert.Single(System.IO.Directory.GetFiles(Path.Combine(_factory.AppData, "Archives"), tenant.Name + "-*.zip"));
    }

    [Fact]
    public async Task Export_DownloadsTheRecipe()
    {
        var tenant = await _factory.CreateDepartmentAsync();

        var response = await _browser.Client.GetAsync($"/admin/tenants/{tenant.Name}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{tenant.Name}.recipe.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("\"steps\"", await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Fields(string name, string prefix) => new()
    {
        ["Name"] = name,
        ["DisplayName"] = "Sở Công Thương",
        ["Prefix"] = prefix,
        ["Hosts"] = "",
        ["Recipe"] = "department",
        ["AdminEmail"] = "",
        ["Description"] = "",
    };
}
