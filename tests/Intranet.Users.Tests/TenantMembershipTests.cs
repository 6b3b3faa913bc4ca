using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Security;
using Intranet.Testing;

namespace Intranet.Users.Tests;

/// <summary>One account, every tenant: the same cookie in two departments, 403 where not a member, and a department administrator limited to the department.</summary>
public sealed class TenantMembershipTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public TenantMembershipTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task OneCookie_ServesTwoDepartments_AndANonMemberGets403()
    {
        var soA = await _factory.AddTenantAsync(ApiClientExtensions.NewTenantName("so-a"));
        var soB = await _factory.AddTenantAsync(ApiClientExtensions.NewTenantName("so-b"));
        var email = TestAccounts.NewEmail("sso");
        await _factory.CreateAsync(email, tenant: soA, roles: StandardRoles.Administrator);
        using var browser = _factory.CreateBrowserClient();

        var signIn = await browser.SignInAsync(email, TestAccounts.Password, $"/{soA}/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var inA = await browser.MeAsync($"/{soA}");
        Assert.True(inA.GetProperty("isMember").GetBoolean());
        Assert.Contains("ManageUsers", inA.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/{soA}/admin/users")).StatusCode);

        var inB = await browser.MeAsync($"/{soB}");
        Assert.False(inB.GetProperty("isMember").GetBoolean());
        Assert.Empty(inB.GetProperty("permissions").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/{soB}/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task DepartmentAdministrator_SeesOnlyMembers_AndChangesOnlyAccountsHomedThere()
    {
        var so = await _factory.AddTenantAsync(ApiClientExtensions.NewTenantName("so"));
        var adminEmail = TestAccounts.NewEmail("qtso");
        await _factory.CreateAsync(adminEmail, tenant: so, roles: StandardRoles.Administrator);
        var homed = TestAccounts.NewEmail("nha");
        var homedId = await _factory.CreateAsync(homed, tenant: so);
        var outsider = TestAccounts.NewEmail("ngoai");
        var outsiderId = await _factory.CreateAsync(outsider);
        using var admin = await _factory.CreateApiClientAsync(adminEmail, TestAccounts.Password);

        var list = await admin.GetFromJsonAsync<JsonElement>($"/{so}/api/users?pageSize=100");
        var emails = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("email").GetString()).ToList();
        Assert.Contains(homed, emails);
        Assert.DoesNotContain(outsider, emails);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/{so}/api/users/{outsiderId}/disable", null)).StatusCode);

        // The outsider joins the department by the explicit step (S3): roles here yes, account-wide changes no.
        var joined = await admin.PostAsJsonAsync($"/{so}/api/users/existing", new { email = outsider, roles = new[] { "Member" } });
        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        var refused = await admin.PostAsync($"/{so}/api/users/{outsiderId}/disable", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("đơn vị khác", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/{so}/api/users/{homedId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/users")).StatusCode);
        Assert.Contains($"membership {outsider} {so} [Member]", _factory.Events.Events);
    }

    [Fact]
    public async Task AddingAMember_ByEmail_CreatesTheAccountHomedInTheDepartment()
    {
        var so = await _factory.AddTenantAsync(ApiClientExtensions.NewTenantName("so"));
        var adminEmail = TestAccounts.NewEmail("qt");
        await _factory.CreateAsync(adminEmail, tenant: so, roles: StandardRoles.Administrator);
        using var admin = await _factory.CreateApiClientAsync(adminEmail, TestAccounts.Password);
        var email = TestAccounts.NewEmail("moi");

        var created = await admin.PostAsJsonAsync($"/{so}/api/users", new { email, fullName = "Lê Văn Mới", roles = new[] { "Member" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(so, body.GetProperty("homeTenant").GetString());
        var twice = await admin.PostAsJsonAsync($"/{so}/api/users", new { email, fullName = "Lê Văn Mới", roles = new[] { "Member" } });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
    }
}
