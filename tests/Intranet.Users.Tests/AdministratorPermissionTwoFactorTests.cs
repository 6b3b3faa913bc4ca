using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Testing;
using Intranet.Users.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Tests;

/// <summary>
/// Probe finding S6: with RequireTwoFactorForAdministrators, administrative permissions are withheld from an account
/// without TOTP whatever the endpoint (page or API), scheme (cookie or bearer) or role name, until it enrols.
/// </summary>
public sealed class AdministratorPermissionTwoFactorTests : IClassFixture<AdministratorTwoFactorTests.RequiringFactory>
{
    private readonly AdministratorTwoFactorTests.RequiringFactory _factory;

    public AdministratorPermissionTwoFactorTests(AdministratorTwoFactorTests.RequiringFactory factory) => _factory = factory;

    [Fact]
    public async Task Administrator_WithoutTotp_IsRefusedByTheApiOverBearer_WithAVietnameseProblem_UntilItEnrols()
    {
        var email = TestAccounts.NewEmail("qtapi");
        await _factory.CreateAsync(email, roles: [StandardRoles.Administrator, StandardRoles.Member]);
        using var bearer = await _factory.CreateApiClientAsync(email, TestAccounts.Password);

        var refused = await bearer.GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("xác thực hai lớp", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var me = await bearer.MeAsync();
        var permissions = me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.DoesNotContain("ManageUsers", permissions);
        Assert.Contains("ViewDirectory", permissions); // what every member may do is not withheld

        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);
        var (_, codes) = await Totp.EnrolAsync(browser);
        using var enrolled = await _factory.CreateApiClientAsync(email, TestAccounts.Password, codes[0]);
        Assert.Equal(HttpStatusCode.OK, (await enrolled.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task ACustomRoleWithAdministrativePermissions_IsRefusedOverTheCookie_AndItsPagesSendItToEnrol()
    {
        var role = "DieuHanh" + Guid.NewGuid().ToString("N")[..6];
        await SaveHostRoleAsync(role, "ManageTenants", "ManageUsers");
        var email = TestAccounts.NewEmail("vtrieng");
        await _factory.CreateAsync(email, roles: [StandardRoles.Member, role]);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);

        var api = await browser.GetAsync("/api/tenants");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("xác thực hai lớp", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await browser.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/two-factor?required=true", page.Headers.Location?.OriginalString);

        await Totp.EnrolAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task TheProbesRequestsInADepartment_BearerAdministratorAndCookieCustomRole_GetNoAdministrativePermission()
    {
        using var host = await EnrolledHostAdministratorAsync();
        var so = ApiClientExtensions.NewTenantName("so-tttt");
        await host.CreateTenantAsync(so, variables: new { adminEmail = IntranetFactory.AdminEmail });
        var role = "QuanLyTaiKhoan";
        var saved = await host.PutAsJsonAsync($"/{so}/api/roles/{role}", new { description = "Vai trò riêng", permissions = new[] { "ManageUsers", "ViewDirectory" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var admin = TestAccounts.NewEmail("qtso");
        await _factory.CreateAsync(admin, tenant: so, roles: StandardRoles.Administrator);
        var custom = TestAccounts.NewEmail("rieng");
        await _factory.CreateAsync(custom, tenant: so, roles: role);

        // curl -H "Authorization: Bearer $D" $B/so-tttt/api/users
        using var bearer = await _factory.CreateApiClientAsync(admin, TestAccounts.Password);
        var users = await bearer.GetAsync($"/{so}/api/users");
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.Contains("xác thực hai lớp", await users.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The custom role over the cookie: reading the directory (a member's right) yes, ManageUsers no.
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(custom, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/{so}/api/directory/people")).StatusCode);
        var permissions = (await browser.MeAsync($"/{so}")).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("ViewDirectory", permissions);
        Assert.DoesNotContain("ManageUsers", permissions);
        var page = await browser.GetAsync($"/{so}/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal($"/{so}/account/two-factor?required=true", page.Headers.Location?.OriginalString);
    }

    /// <summary>The province administrator enrols TOTP (its recovery code then signs the API client in).</summary>
    private async Task<HttpClient> EnrolledHostAdministratorAsync()
    {
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);
        var (_, codes) = await Totp.EnrolAsync(browser);
        return await _factory.CreateApiClientAsync(IntranetFactory.AdminEmail, _factory.AdminPassword, codes[0]);
    }

    private async Task SaveHostRoleAsync(string name, params string[] permissions)
    {
        var host = _factory.Services.GetRequiredService<IHostTenantProvider>().Host;
        using var enter = _factory.Services.GetRequiredService<ITenantAccessor>().Enter(host);
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RoleAdministration>().SaveAsync(host, name, "Vai trò riêng", permissions);
    }
}
