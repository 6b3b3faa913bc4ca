using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Users.Tests;

/// <summary>/api/users and /api/roles: the administrators' JSON API, its permission checks and its bad-input answers.</summary>
public sealed class AdminApiTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public AdminApiTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task HostAdministrator_AddsFindsAndManagesAnAccount()
    {
        using var admin = await _factory.CreateAdminApiClientAsync();
        var email = TestAccounts.NewEmail("api");

        var created = await admin.PostAsJsonAsync("/api/users", new { email, fullName = "Trần Thị Api", password = "tạm-thời-một-lần-thôi", roles = new[] { "Member", "Editor" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var found = await admin.GetFromJsonAsync<JsonElement>("/api/users?q=" + Uri.EscapeDataString("trần thị api"));
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(email, found.GetProperty("items")[0].GetProperty("email").GetString());

        var roles = await admin.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { "Member" } });
        Assert.Equal(HttpStatusCode.OK, roles.StatusCode);
        Assert.Equal(["Member"], (await roles.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        // A temporary password gives no token (S9): the person chooses their own first.
        await _factory.ChangeTemporaryPasswordAsync(email, "tạm-thời-một-lần-thôi", TestAccounts.Password);
        using var user = await _factory.CreateApiClientAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/users/{id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/users/{id}/enable", null)).StatusCode);

        using var again = await _factory.CreateApiClientAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{id}/end-sessions", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/users/{id}/password", new { password = "mật-khẩu-do-quản-trị-đặt" })).StatusCode);
        await _factory.ChangeTemporaryPasswordAsync(email, "mật-khẩu-do-quản-trị-đặt", "mật-khẩu-tự-chọn-sau-khi-đặt-lại");
        using var afterReset = await _factory.CreateApiClientAsync(email, "mật-khẩu-tự-chọn-sau-khi-đặt-lại");
        Assert.Equal(HttpStatusCode.OK, (await afterReset.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task BadInput_IsA400ProblemInVietnamese_AndNothingIsCreated()
    {
        using var admin = await _factory.CreateAdminApiClientAsync();

        var badEmail = await admin.PostAsJsonAsync("/api/users", new { email = "khong-phai-email", fullName = "X", roles = new[] { "Member" } });
        var badRole = await admin.PostAsJsonAsync("/api/users", new { email = TestAccounts.NewEmail(), fullName = "X", roles = new[] { "VuaCuaTinh" } });
        var weak = await admin.PostAsJsonAsync("/api/users", new { email = TestAccounts.NewEmail("yeu"), fullName = "Y", password = "12345678", roles = new[] { "Member" } });
        var noBody = await admin.PostAsync("/api/users", new StringContent("nonsense", System.Text.Encoding.UTF8, "application/json"));

        foreach (var response in new[] { badEmail, badRole, weak, noBody })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Contains("không hợp lệ", (await badEmail.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("VuaCuaTinh", (await badRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/users?q=yeu.");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/users/khong-co")).StatusCode);
    }

    [Fact]
    public async Task Member_IsRefused403_AndACookieCannotCallTheAdminApi()
    {
        var email = TestAccounts.NewEmail("tv");
        await _factory.CreateAsync(email);
        using var member = await _factory.CreateApiClientAsync(email, TestAccounts.Password);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/roles")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task Roles_CanBeDefinedAndGrantPermissionsAtOnce()
    {
        using var admin = await _factory.CreateAdminApiClientAsync();
        var email = TestAccounts.NewEmail("vt");
        var id = await _factory.CreateAsync(email);
        using var user = await _factory.CreateApiClientAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/users")).StatusCode);

        var saved = await admin.PutAsJsonAsync("/api/roles/NhanSu", new { description = "Cán bộ nhân sự", permissions = new[] { "ManageUsers" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var unknown = await admin.PutAsJsonAsync("/api/roles/Sai", new { permissions = new[] { "LamGiCungDuoc" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        await admin.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { "Member", "NhanSu" } });

        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/roles/NhanSu")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/users")).StatusCode);
    }
}
