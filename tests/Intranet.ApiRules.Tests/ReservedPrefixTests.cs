using System.Net;
using System.Net.Http.Json;
using Intranet.Core.Web;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.ApiRules.Tests;

/// <summary>S12: a tenant prefix may not be any first path segment the host answers on, derived from the route table.</summary>
public sealed class ReservedPrefixTests : IClassFixture<ApiRulesFactory>
{
    private readonly ApiRulesFactory _factory;

    public ReservedPrefixTests(ApiRulesFactory factory) => _factory = factory;

    [Theory]
    [InlineData("news")]
    [InlineData("pages")]
    [InlineData("directory-profile")]
    [InlineData("webmail")]
    [InlineData("healthz")]
    [InlineData("culture")]
    public async Task CreateByApi_WithAPrefixTheHostAnswersOn_Is400InVietnamese(string prefix)
    {
        using var admin = await _factory.CreateAdminApiClientAsync();
        var name = ApiClientExtensions.NewTenantName("pr");

        var response = await admin.PostAsJsonAsync("/api/tenants", new { name, displayName = "Thử tiền tố", prefix, recipe = "department" });

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"Tiền tố '{prefix}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/tenants/{name}")).StatusCode);
    }

    [Fact]
    public async Task CreateByForm_WithPrefixNews_ShowsTheErrorAndCreatesNothing()
    {
        using var browser = await _factory.SignedInBrowserAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);
        var token = Http.FormToken(await browser.GetStringAsync("/admin/tenants/create"));
        var name = ApiClientExtensions.NewTenantName("pf");

        var response = await browser.PostAsync("/admin/tenants/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name,
            ["DisplayName"] = "Thử tiền tố",
            ["Prefix"] = "news",
            ["Recipe"] = "department",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tiền tố &#x27;news&#x27;", (await response.Content.ReadAsStringAsync()).Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        using var admin = await _factory.CreateAdminApiClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/tenants/{name}")).StatusCode);
    }

    [Fact]
    public async Task UpdateByApi_ToAPrefixTheHostAnswersOn_Is400()
    {
        using var admin = await _factory.CreateAdminApiClientAsync();
        var name = ApiClientExtensions.NewTenantName("pu");
        await admin.CreateTenantAsync(name);

        var response = await admin.PutAsJsonAsync($"/api/tenants/{name}", new { prefix = "pages" });

        await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public void TheReservedSegments_AreReadFromTheRouteTable()
    {
        _ = _factory.CreateClient(); // starts the host, so the endpoints are mapped
        var segments = _factory.Services.GetRequiredService<HostPathSegments>().Current();

        foreach (var expected in new[] { "news", "pages", "directory-profile", "webmail", "healthz", "culture", "admin", "api", "account" })
        {
            Assert.Contains(expected, segments);
        }
    }
}
