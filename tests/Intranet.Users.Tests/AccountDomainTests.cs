using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Security;
using Intranet.Testing;

namespace Intranet.Users.Tests;

/// <summary>
/// Probe finding S3: a department creates accounts only in its own mail domains, and taking in an account homed
/// elsewhere is an explicit step, audited in both tenants, that the home department sees and can undo.
/// </summary>
public sealed class AccountDomainTests : IClassFixture<AccountDomainTests.DomainsFactory>
{
    private readonly DomainsFactory _factory;

    public AccountDomainTests(DomainsFactory factory) => _factory = factory;

    [Fact]
    public async Task TheProbesTakeoverChain_FailsAtItsFirstStep_AnotherDepartmentsOrTheProvincesDomainIsRefused()
    {
        var d = await _factory.DepartmentsAsync();
        using var soA = await _factory.CreateApiClientAsync(d.AdminA, TestAccounts.Password);
        using var host = await _factory.CreateAdminApiClientAsync();

        var inB = await soA.PostAsJsonAsync($"/{d.A}/api/users", new { email = $"probe-xt@{d.DomainB}", fullName = "X", roles = new[] { "Member" }, password = "Pr0be-Takeover-dài-lắm" });
        var inProvince = await soA.PostAsJsonAsync($"/{d.A}/api/users", new { email = $"probe-xt@{d.ProvinceDomain}", fullName = "X", roles = new[] { "Member" } });

        foreach (var refused in new[] { inB, inProvince })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("tên miền", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, (await host.GetFromJsonAsync<JsonElement>("/api/users?q=probe-xt")).GetProperty("total").GetInt32());
        var own = await soA.PostAsJsonAsync($"/{d.A}/api/users", new { email = $"nguoi-moi@{d.DomainA}", fullName = "Người Mới", roles = new[] { "Member" } });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task ADepartmentWithoutMailDomain_CannotUseAnotherTenantsDomain_ButMayUseAnUnclaimedOne()
    {
        var d = await _factory.DepartmentsAsync();
        using var soC = await _factory.CreateApiClientAsync(d.AdminC, TestAccounts.Password);

        var claimed = await soC.PostAsJsonAsync($"/{d.C}/api/users", new { email = $"mao-danh@{d.DomainB}", fullName = "X", roles = new[] { "Member" } });
        var unclaimed = await soC.PostAsJsonAsync($"/{d.C}/api/users", new { email = TestAccounts.NewEmail("c"), fullName = "Cán Bộ C", roles = new[] { "Member" } });

        Assert.Equal(HttpStatusCode.Forbidden, claimed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, unclaimed.StatusCode);
    }

    [Fact]
    public async Task AnAccountHomedElsewhere_JoinsOnlyByTheConfirmedStep_IsAuditedInBothTenants_AndItsHomeSeesAndUndoesIt()
    {
        var d = await _factory.DepartmentsAsync();
        using var soA = await _factory.CreateApiClientAsync(d.AdminA, TestAccounts.Password);
        using var soB = await _factory.CreateApiClientAsync(d.AdminB, TestAccounts.Password);
        var email = $"chia-se.{Guid.NewGuid():N}"[..18] + "@" + d.DomainA;
        var id = (await (await soA.PostAsJsonAsync($"/{d.A}/api/users", new { email, fullName = "Chia Sẻ", roles = new[] { "Member" } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        // No silent reuse of an existing account, by email or by id.
        var silent = await soB.PostAsJsonAsync($"/{d.B}/api/users", new { email, fullName = "Chia Sẻ", roles = new[] { "Administrator" } });
        Assert.Equal(HttpStatusCode.Conflict, silent.StatusCode);
        Assert.Contains("xác nhận", (await silent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await soB.PutAsJsonAsync($"/{d.B}/api/users/{id}/roles", new { roles = new[] { "Administrator" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await soB.GetAsync($"/{d.B}/api/users/{id}")).StatusCode);

        // The explicit step: a member now, but its sign-in details stay its home's business.
        var joined = await soB.PostAsJsonAsync($"/{d.B}/api/users/existing", new { email, roles = new[] { "Member" } });
        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        var row = await joined.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(d.A, row.GetProperty("homeTenant").GetString());
        foreach (var hidden in new[] { "lastSignInUtc", "twoFactorEnabled", "isLockedOut" })
        {
            Assert.Equal(JsonValueKind.Null, row.GetProperty(hidden).ValueKind);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await soB.PostAsJsonAsync($"/{d.B}/api/users/{id}/password", new { password = "Pr0be-Takeover-dài-lắm" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await soB.GetAsync($"/{d.B}/api/users/{id}/memberships")).StatusCode);

        // The home department sees it ("also member of …"), and both trails recorded it.
        var memberships = await soA.GetFromJsonAsync<JsonElement>($"/{d.A}/api/users/{id}/memberships");
        Assert.Contains(d.B, memberships.EnumerateArray().Select(m => m.GetProperty("tenantName").GetString()));
        Assert.Contains("added.elsewhere", await AuditAsync(d.AdminA, d.A, email), StringComparison.Ordinal);
        Assert.Contains("added.existing", await AuditAsync(d.AdminB, d.B, email), StringComparison.Ordinal);
        using (var homePage = _factory.CreateBrowserClient())
        {
            await homePage.SignInAsync(d.AdminA, TestAccounts.Password);
            var page = await homePage.GetStringAsync($"/{d.A}/admin/users/{id}");
            Assert.Contains($"/memberships/{d.B}/remove", page, StringComparison.Ordinal);
        }

        // …and undoes it.
        Assert.Equal(HttpStatusCode.NoContent, (await soA.DeleteAsync($"/{d.A}/api/users/{id}/memberships/{d.B}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await soB.GetAsync($"/{d.B}/api/users/{id}")).StatusCode);
        Assert.Contains("removed", await AuditAsync(d.AdminB, d.B, email), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCreateForm_AsksToConfirm_BeforeTakingInAnAccountHomedElsewhere()
    {
        var d = await _factory.DepartmentsAsync();
        var email = $"form.{Guid.NewGuid():N}"[..14] + "@" + d.DomainA;
        await _factory.CreateAsync(email, tenant: d.A);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(d.AdminB, TestAccounts.Password);
        var form = $"/{d.B}/admin/users/create";

        var asked = await browser.PostFormAsync(form, form, ("Email", email), ("FullName", "X"), ("Roles", "Member"));
        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        var page = await asked.Content.ReadAsStringAsync();
        Assert.Contains("confirm-existing", page, StringComparison.Ordinal);
        Assert.Contains("name=\"AddExisting\" value=\"true\"", page, StringComparison.Ordinal);

        var confirmed = await browser.PostFormAsync(form, form, ("Email", email), ("AddExisting", "true"), ("Roles", "Member"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    private async Task<string> AuditAsync(string adminEmail, string tenant, string subject)
    {
        using var auditor = _factory.CreateBrowserClient();
        await auditor.SignInAsync(adminEmail, TestAccounts.Password);
        var response = await auditor.GetAsync($"/{tenant}/admin/audit?Category=membership&Q=" + Uri.EscapeDataString(subject));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Departments A and B with their own mail domains, C without one, and a province domain.</summary>
    public sealed record Departments(string A, string B, string C, string DomainA, string DomainB, string ProvinceDomain, string AdminA, string AdminB, string AdminC);

    public sealed class DomainsFactory : UsersFactory
    {
        private readonly Lazy<Task<Departments>> _departments;

        public DomainsFactory() => _departments = new(CreateAsync);

        public Task<Departments> DepartmentsAsync() => _departments.Value;

        private async Task<Departments> CreateAsync()
        {
            using var host = await this.CreateAdminApiClientAsync();
            var province = "tinh-" + Guid.NewGuid().ToString("N")[..6] + ".test";
            var domain = await host.PostAsJsonAsync("/api/mail/domains", new { name = province, tenants = new[] { "Default" } });
            Assert.True(domain.IsSuccessStatusCode, await domain.Content.ReadAsStringAsync());

            async Task<(string Tenant, string Domain, string Admin)> DepartmentAsync(string stem, bool withDomain)
            {
                var tenant = ApiClientExtensions.NewTenantName(stem);
                var mailDomain = tenant + ".tinh.test";
                if (withDomain)
                {
                    await host.CreateTenantAsync(tenant, "department-mail", variables: new { mailDomain, adminEmail = "quantri@" + mailDomain, adminName = "Quản trị" });
                }
                else
                {
                    await host.CreateTenantAsync(tenant);
                }

                var admin = "qt2@" + (withDomain ? mailDomain : tenant + ".khac.test");
                await this.CreateAsync(admin, tenant: tenant, roles: StandardRoles.Administrator);
                return (tenant, mailDomain, admin);
            }

            var a = await DepartmentAsync("so-a", withDomain: true);
            var b = await DepartmentAsync("so-b", withDomain: true);
            var c = await DepartmentAsync("so-c", withDomain: false);
            return new Departments(a.Tenant, b.Tenant, c.Tenant, a.Domain, b.Domain, province, a.Admin, b.Admin, c.Admin);
        }
    }
}
