using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.ApiRules.Tests;

/// <summary>S5: no state change on a cookie alone. The probe's requests, then the same with the token, then with a bearer token.</summary>
public sealed class CookieAntiforgeryTests : IClassFixture<ApiRulesFactory>
{
    private readonly ApiRulesFactory _factory;

    public CookieAntiforgeryTests(ApiRulesFactory factory) => _factory = factory;

    [Fact]
    public async Task TenantDisableAndEnable_WithTheCookieAlone_Are400_AndTheTenantKeepsRunning()
    {
        using var bearer = await _factory.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("s5");
        await bearer.CreateTenantAsync(tenant);
        using var browser = await _factory.SignedInBrowserAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);

        var disable = await browser.PostAsync($"/api/tenants/{tenant}/disable", null);
        var problem = await Http.ProblemAsync(disable, HttpStatusCode.BadRequest);
        Assert.Contains("RequestVerificationToken", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Running", await StateAsync(bearer, tenant));

        var form = await browser.PostAsync($"/api/tenants/{tenant}/disable", new StringContent("x=1", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await Http.ProblemAsync(form, HttpStatusCode.BadRequest);
        var put = await browser.PutAsJsonAsync($"/api/tenants/{tenant}", new { displayName = "Đổi bằng cookie" });
        await Http.ProblemAsync(put, HttpStatusCode.BadRequest);
        Assert.Equal("Running", await StateAsync(bearer, tenant));
        Assert.Equal("Đơn vị " + tenant, (await bearer.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant}")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task TheSameRequests_WithThePagesToken_Succeed()
    {
        using var bearer = await _factory.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("s5t");
        await bearer.CreateTenantAsync(tenant);
        using var browser = await _factory.SignedInBrowserAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);
        var token = await browser.PageTokenAsync("/admin/tenants");

        using var disable = new HttpRequestMessage(HttpMethod.Post, $"/api/tenants/{tenant}/disable");
        disable.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(disable)).StatusCode);
        Assert.Equal("Disabled", await StateAsync(bearer, tenant));

        var enable = await browser.PostAsync($"/api/tenants/{tenant}/enable", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        Assert.Equal("Running", await StateAsync(bearer, tenant));
    }

    [Fact]
    public async Task BearerCalls_NeedNoToken()
    {
        using var bearer = await _factory.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("s5b");
        await bearer.CreateTenantAsync(tenant);

        Assert.Equal(HttpStatusCode.OK, (await bearer.PostAsync($"/api/tenants/{tenant}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.PostAsync($"/api/tenants/{tenant}/enable", new StringContent("x=1", Encoding.UTF8, "application/x-www-form-urlencoded"))).StatusCode);
        Assert.Equal("Running", await StateAsync(bearer, tenant));
    }

    [Fact]
    public async Task MailboxDisableAndEnable_WithTheCookieAlone_Are400_AndTheMailboxStaysActive()
    {
        using var bearer = await _factory.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("s5m");
        await bearer.CreateTenantAsync(tenant, "department-mail", variables: new { mailDomain = tenant + ".tinh.test", adminEmail = $"ql-{tenant}@ngoai.test", adminName = "Nguyễn Văn Thư" });
        var mailboxes = await bearer.GetFromJsonAsync<JsonElement>($"/api/mail/mailboxes?q={tenant}");
        var id = mailboxes.GetProperty("items")[0].GetProperty("id").GetInt32();
        using var browser = await _factory.SignedInBrowserAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);

        await Http.ProblemAsync(await browser.PostAsync($"/api/mail/mailboxes/{id}/disable", new StringContent("", Encoding.UTF8, "text/plain")), HttpStatusCode.BadRequest);
        await Http.ProblemAsync(await browser.PostAsync($"/api/mail/mailboxes/{id}/enable", new StringContent("", Encoding.UTF8, "application/x-www-form-urlencoded")), HttpStatusCode.BadRequest);
        await Http.ProblemAsync(await browser.PutAsJsonAsync($"/api/mail/mailboxes/{id}", new { displayName = "Đổi bằng cookie" }), HttpStatusCode.BadRequest);

        var mailbox = await bearer.GetFromJsonAsync<JsonElement>($"/api/mail/mailboxes/{id}");
        Assert.True(mailbox.GetProperty("isActive").GetBoolean());
        Assert.Equal("Nguyễn Văn Thư", mailbox.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task DirectoryImportAndUnits_WithTheCookieAlone_Are400_AndNothingIsWritten()
    {
        using var bearer = await _factory.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("s5d");
        await bearer.CreateTenantAsync(tenant, variables: new { adminEmail = IntranetFactory.AdminEmail });
        using var browser = await _factory.SignedInBrowserAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);
        var unitsBefore = (await bearer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/directory/units")).GetArrayLength();

        using var multipart = new MultipartFormDataContent
        {
            { new StringContent("fullName,email,unit\nNguyễn Văn Một,mot@tinh.test,\n"), "file", "people.csv" },
        };
        multipart.Headers.Add("Origin", "http://evil.example");
        await Http.ProblemAsync(await browser.PostAsync($"/{tenant}/api/directory/import", multipart), HttpStatusCode.BadRequest);
        await Http.ProblemAsync(await browser.PostAsJsonAsync($"/{tenant}/api/directory/units", new { id = "phong-moi", name = "Phòng mới", kind = "phong" }), HttpStatusCode.BadRequest);

        Assert.Equal(unitsBefore, (await bearer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/directory/units")).GetArrayLength());
        Assert.Empty((await bearer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/directory/people")).EnumerateArray());
    }

    [Fact]
    public async Task HtmlAdminPost_WithoutItsToken_IsTheUsual400Page()
    {
        using var bearer = await _factory.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("s5h");
        await bearer.CreateTenantAsync(tenant);
        using var browser = await _factory.SignedInBrowserAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);

        var response = await browser.PostAsync($"/admin/tenants/{tenant}/disable", new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("400", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Running", await StateAsync(bearer, tenant));
    }

    [Fact]
    public async Task AnonymousTokenEndpoint_StillWorks_WhenTheBrowserHasACookie()
    {
        using var browser = await _factory.SignedInBrowserAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);

        var response = await browser.PostAsJsonAsync("/api/auth/token", new { email = IntranetFactory.AdminEmail, password = _factory.AdminPassword });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string?> StateAsync(HttpClient bearer, string tenant) =>
        (await bearer.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant}")).GetProperty("state").GetString();
}
