using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.ApiRules.Tests;

/// <summary>S4: a JSON body that does not bind is a 400 problem+json and changes nothing; a field left out means "no change".</summary>
public sealed class BodyBindingTests : IClassFixture<ApiRulesFactory>
{
    private readonly ApiRulesFactory _factory;

    public BodyBindingTests(ApiRulesFactory factory) => _factory = factory;

    [Fact]
    public async Task PutRole_WithATrailingComma_Is400_AndTheRoleKeepsEveryPermission()
    {
        var (admin, tenant) = await DepartmentAsync();
        var before = await PermissionsAsync(admin, tenant, "Administrator");
        Assert.True(before.Count >= 10, $"Administrator has {before.Count} permissions");

        var response = await admin.PutAsync($"/{tenant}/api/roles/Administrator", Http.Json("{\"permissions\":[\"ManageRoles\",]}"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Yêu cầu không hợp lệ", problem.GetProperty("title").GetString());
        Assert.Contains("chưa thay đổi gì", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), "the field errors are listed");
        Assert.Equal(before, await PermissionsAsync(admin, tenant, "Administrator"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/{tenant}/api/roles")).StatusCode); // still allowed to manage roles
    }

    [Fact]
    public async Task PutRole_WithADescriptionOfTheWrongType_Is400_NamingTheField_AndChangesNothing()
    {
        var (admin, tenant) = await DepartmentAsync();
        var before = await PermissionsAsync(admin, tenant, "Administrator");

        var response = await admin.PutAsync($"/{tenant}/api/roles/Administrator", Http.Json("{\"description\":5,\"permissions\":[\"ManageRoles\"]}"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("description", out var errors), problem.ToString());
        Assert.Contains("sai kiểu", errors[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await PermissionsAsync(admin, tenant, "Administrator"));
    }

    [Fact]
    public async Task PutRoles_WithAStringInsteadOfAList_Is400_AndTheMemberKeepsTheirRoles()
    {
        var (admin, tenant) = await DepartmentAsync();
        var id = await AddMemberAsync(admin, ["Member", "Editor"]);

        var response = await admin.PutAsync($"/api/users/{id}/roles", Http.Json("{\"roles\":\"Editor\"}"));

        await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["Editor", "Member"], await RolesAsync(admin, id));
    }

    [Fact]
    public async Task MissingFields_MeanNoChange_NotEmpty()
    {
        var (admin, tenant) = await DepartmentAsync();
        var before = await PermissionsAsync(admin, tenant, "Administrator");
        var id = await AddMemberAsync(admin, ["Member", "Editor"]);

        var described = await admin.PutAsJsonAsync($"/{tenant}/api/roles/Administrator", new { description = "Quản trị đơn vị" });
        Assert.Equal("Quản trị đơn vị", (await Http.JsonAsync(described)).GetProperty("description").GetString());
        Assert.Equal(before, await PermissionsAsync(admin, tenant, "Administrator"));

        var noRoles = await admin.PutAsync($"/api/users/{id}/roles", Http.Json("{}"));
        Assert.Equal(HttpStatusCode.OK, noRoles.StatusCode);
        Assert.Equal(["Editor", "Member"], await RolesAsync(admin, id));

        var permissionsOnly = await admin.PutAsJsonAsync($"/{tenant}/api/roles/Administrator", new { permissions = before });
        Assert.Equal("Quản trị đơn vị", (await Http.JsonAsync(permissionsOnly)).GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("PUT", "/api/tenants/{tenant}", "{\"displayName\":5}", "displayName")]
    [InlineData("PUT", "/api/tenants/{tenant}", "{\"hosts\":\"a.tinh.test\"}", "hosts")]
    [InlineData("POST", "/api/tenants/{tenant}/features", "{\"enable\":[\"x\",]}", "enable")]
    [InlineData("POST", "/{tenant}/api/directory/units", "{\"id\":\"p1\",\"name\":[1]}", "name")]
    [InlineData("PUT", "/{tenant}/api/users/{me}", "{\"fullName\":{}}", "fullName")]
    [InlineData("POST", "/api/mail/domains", "{\"name\":\"x.tinh.test\",\"maxMailboxes\":\"many\"}", "maxMailboxes")]
    public async Task EveryModulesApi_AnswersTheSame400_ForABodyThatDoesNotBind(string method, string url, string body, string field)
    {
        var (admin, tenant) = await DepartmentAsync();
        var me = (await admin.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetString()!;
        var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{tenant}", tenant, StringComparison.Ordinal).Replace("{me}", me, StringComparison.Ordinal))
        {
            Content = Http.Json(body),
        };

        var problem = await Http.ProblemAsync(await admin.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("Yêu cầu không hợp lệ", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.StartsWith(field, StringComparison.OrdinalIgnoreCase)), problem.ToString());
        Assert.Equal("Đơn vị " + tenant, (await admin.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant}")).GetProperty("displayName").GetString());
    }

    private async Task<(HttpClient Admin, string Tenant)> DepartmentAsync()
    {
        var admin = await _factory.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("s4");
        await admin.CreateTenantAsync(tenant, variables: new { adminEmail = IntranetFactory.AdminEmail });
        return (admin, tenant);
    }

    private static async Task<List<string>> PermissionsAsync(HttpClient admin, string tenant, string role)
    {
        var roles = await admin.GetFromJsonAsync<JsonElement>($"/{tenant}/api/roles");
        var row = roles.EnumerateArray().Single(r => r.GetProperty("name").GetString() == role);
        return [.. row.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!)];
    }

    /// <summary>A province member (accounts are made at the host, where every mail domain is the province's own).</summary>
    private static async Task<string> AddMemberAsync(HttpClient admin, string[] roles)
    {
        var email = $"tv-{Guid.NewGuid():N}"[..16] + "@tinh.test";
        var created = await admin.PostAsJsonAsync("/api/users", new { email, fullName = "Lê Thị Thử", roles });
        return (await Http.JsonAsync(created)).GetProperty("id").GetString()!;
    }

    private static async Task<List<string>> RolesAsync(HttpClient admin, string id) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal)];
}
