using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.ApiRules.Tests;

/// <summary>S13: the probe's requests — control characters and bidi overrides in names — refused on every create and update path, API and form alike.</summary>
public sealed class NameRuleEndpointTests : IClassFixture<ApiRulesFactory>
{
    private const string Nul = "a\u0000b";
    private const string CrLf = "probe\r\nBcc: evil@example.com";
    private const string Bidi = "Phòng \u202Egnòhp";

    private readonly ApiRulesFactory _factory;

    public NameRuleEndpointTests(ApiRulesFactory factory) => _factory = factory;

    [Theory]
    [InlineData(Nul)]
    [InlineData(CrLf)]
    [InlineData(Bidi)]
    public async Task AccountFullName_IsRefused_OnCreateAndUpdate(string fullName)
    {
        using var admin = await _factory.CreateAdminApiClientAsync();
        var email = $"ten-{Guid.NewGuid():N}"[..14] + "@tinh.test";

        var create = await admin.PostAsJsonAsync("/api/users", new { email, fullName, roles = new[] { "Member" } });
        await Http.ProblemAsync(create, HttpStatusCode.BadRequest);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"/api/users?q={Uri.EscapeDataString(email)}")).GetProperty("total").GetInt32());

        var created = await Http.JsonAsync(await admin.PostAsJsonAsync("/api/users", new { email, fullName = "Trần Văn Đúng", roles = new[] { "Member" } }));
        var id = created.GetProperty("id").GetString();
        await Http.ProblemAsync(await admin.PutAsJsonAsync($"/api/users/{id}", new { fullName }), HttpStatusCode.BadRequest);
        Assert.Equal("Trần Văn Đúng", (await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task UnitName_IsRefused_OnCreateAndUpdate_ByApiAndForm()
    {
        var (admin, tenant) = await DepartmentAsync();

        await Http.ProblemAsync(await admin.PostAsJsonAsync($"/{tenant}/api/directory/units", new { id = "p-nul", name = Nul, kind = "phong" }), HttpStatusCode.BadRequest);
        await Http.JsonAsync(await admin.PostAsJsonAsync($"/{tenant}/api/directory/units", new { id = "p-ok", name = "Phòng Đúng", kind = "phong" }));
        var update = await admin.PutAsJsonAsync($"/{tenant}/api/directory/units/p-ok", new { name = CrLf, kind = "phong" });
        var problem = await Http.ProblemAsync(update, HttpStatusCode.BadRequest);
        Assert.Contains("ký tự không được phép", problem.ToString(), StringComparison.Ordinal);

        using var browser = await _factory.SignedInBrowserAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);
        var token = Http.FormToken(await browser.GetStringAsync($"/{tenant}/admin/directory/units/p-ok"));
        var form = await browser.PostAsync($"/{tenant}/admin/directory/units", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["IsNew"] = "false",
            ["Id"] = "p-ok",
            ["Name"] = CrLf,
            ["Kind"] = "Phong",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains("ký tự không được phép", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unit = await admin.GetFromJsonAsync<JsonElement>($"/{tenant}/api/directory/units/p-ok");
        Assert.Equal("Phòng Đúng", unit.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{tenant}/api/directory/units/p-nul")).StatusCode);
    }

    [Fact]
    public async Task PersonName_IsRefused_ByTheApi()
    {
        var (admin, tenant) = await DepartmentAsync();

        var response = await admin.PostAsJsonAsync($"/{tenant}/api/directory/people", new { fullName = Bidi, email = $"nguoi@{tenant}.tinh.test" });

        await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>($"/{tenant}/api/directory/people")).EnumerateArray());
    }

    [Fact]
    public async Task TenantDisplayNameAndDescription_AreRefused_OnCreateAndUpdate_ByApiAndForm()
    {
        var (admin, tenant) = await DepartmentAsync();

        var name = ApiClientExtensions.NewTenantName("nr");
        await Http.ProblemAsync(await admin.PostAsJsonAsync("/api/tenants", new { name, displayName = Nul, prefix = name, recipe = "department" }), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/tenants/{name}")).StatusCode);

        await Http.ProblemAsync(await admin.PutAsJsonAsync($"/api/tenants/{tenant}", new { displayName = CrLf }), HttpStatusCode.BadRequest);
        await Http.ProblemAsync(await admin.PutAsJsonAsync($"/api/tenants/{tenant}", new { description = "Mô tả\u202E" }), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/tenants/{tenant}", new { description = "Dòng một\nDòng hai" })).StatusCode);

        using var browser = await _factory.SignedInBrowserAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);
        var token = Http.FormToken(await browser.GetStringAsync($"/admin/tenants/{tenant}/edit"));
        var form = await browser.PostAsync($"/admin/tenants/{tenant}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DisplayName"] = CrLf,
            ["Prefix"] = tenant,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("ký tự không được phép", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Đơn vị " + tenant, (await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant}")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task MailboxDisplayName_AndRoleDescription_AreRefused()
    {
        var (admin, tenant) = await DepartmentAsync();
        await Http.ProblemAsync(await admin.PutAsJsonAsync($"/{tenant}/api/roles/Editor", new { description = Bidi }), HttpStatusCode.BadRequest);
        await Http.ProblemAsync(await admin.PutAsJsonAsync($"/{tenant}/api/roles/Nhap-lieu", new { description = Nul, permissions = Array.Empty<string>() }), HttpStatusCode.BadRequest);

        var mailTenant = ApiClientExtensions.NewTenantName("nm");
        await admin.CreateTenantAsync(mailTenant, "department-mail", variables: new { mailDomain = mailTenant + ".tinh.test", adminEmail = $"ql-{mailTenant}@ngoai.test", adminName = "Phạm Thị Thư" });
        var id = (await admin.GetFromJsonAsync<JsonElement>($"/api/mail/mailboxes?q={mailTenant}")).GetProperty("items")[0].GetProperty("id").GetInt32();
        await Http.ProblemAsync(await admin.PutAsJsonAsync($"/api/mail/mailboxes/{id}", new { displayName = Nul }), HttpStatusCode.BadRequest);
        Assert.Equal("Phạm Thị Thư", (await admin.GetFromJsonAsync<JsonElement>($"/api/mail/mailboxes/{id}")).GetProperty("displayName").GetString());
    }

    private async Task<(HttpClient Admin, string Tenant)> DepartmentAsync()
    {
        var admin = await _factory.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("s13");
        await admin.CreateTenantAsync(tenant, variables: new { adminEmail = IntranetFactory.AdminEmail });
        return (admin, tenant);
    }
}
