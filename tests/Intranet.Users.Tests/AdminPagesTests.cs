using System.Net;
using System.Text.RegularExpressions;
using Intranet.Testing;

namespace Intranet.Users.Tests;

/// <summary>/admin/users and /admin/roles as an administrator's browser uses them.</summary>
public sealed class AdminPagesTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public AdminPagesTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task UserList_IsPagedAndSearchable_AndHtmxGetsTheListAlone()
    {
        var marker = "tim" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 3; i++)
        {
            await _factory.CreateAsync($"{marker}.{i}@so.test");
        }

        using var browser = await AdminBrowserAsync();
        var page = await browser.GetStringAsync($"/admin/users?q={marker}");
        Assert.Contains($"{marker}.0@so.test", page, StringComparison.Ordinal);
        Assert.Contains("<html", page, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/users?q={marker}.2");
        request.Headers.Add("HX-Request", "true");
        var partial = await (await browser.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", partial, StringComparison.Ordinal);
        Assert.Contains($"{marker}.2@so.test", partial, StringComparison.Ordinal);
        Assert.DoesNotContain($"{marker}.1@so.test", partial, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateForm_AddsAMember_AndDisableEndsTheirSession()
    {
        using var browser = await AdminBrowserAsync();
        var email = TestAccounts.NewEmail("form");

        var created = await browser.PostFormAsync("/admin/users/create", "/admin/users/create",
            ("Email", email), ("FullName", "Phạm Form"), ("Password", "mật-khẩu-tạm-thời-dài"), ("Roles", "Member"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        Assert.Contains("Phạm Form", await browser.GetStringAsync(editUrl), StringComparison.Ordinal);

        using var user = _factory.CreateBrowserClient();
        var signIn = await user.SignInAsync(email, "mật-khẩu-tạm-thời-dài");
        Assert.StartsWith("/account/change-password", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var disabled = await browser.PostFormAsync(editUrl, editUrl + "/disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task CreateForm_WithBadEmail_Shows400AndMessage()
    {
        using var browser = await AdminBrowserAsync();

        var response = await browser.PostFormAsync("/admin/users/create", "/admin/users/create", ("Email", "sai@"), ("FullName", "X"), ("Roles", "Member"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không hợp lệ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_AreForbiddenToMembers_AndRedirectAnonymousToLogin()
    {
        var email = TestAccounts.NewEmail("tv");
        await _factory.CreateAsync(email);
        using var member = _factory.CreateBrowserClient();
        await member.SignInAsync(email, TestAccounts.Password);
        using var anonymous = _factory.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/admin/roles")).StatusCode);
        var redirected = await anonymous.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/account/login", redirected.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleEditor_GroupsPermissionsByModule_AndSavingGrantsThem()
    {
        using var browser = await AdminBrowserAsync();
        var name = "Role" + Guid.NewGuid().ToString("N")[..6];

        var created = await browser.PostFormAsync("/admin/roles", "/admin/roles/create", ("name", name));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editor = await browser.GetStringAsync($"/admin/roles/{name}");
        Assert.Contains("<legend class=\"h6\">", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"ManageUsers\"", editor, StringComparison.Ordinal);

        var saved = await browser.PostFormAsync($"/admin/roles/{name}", $"/admin/roles/{name}", ("description", "Thử"), ("permissions", "ManageUsers"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var email = TestAccounts.NewEmail("role");
        await _factory.CreateAsync(email, roles: ["Member", name]);
        using var user = await _factory.CreateApiClientAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/users")).StatusCode);

        var list = await browser.GetStringAsync("/admin/roles");
        Assert.Matches(new Regex($">{name}</a></td>\\s*<td>1</td>\\s*<td>1</td>"), list);
    }

    private async Task<HttpClient> AdminBrowserAsync()
    {
        var browser = _factory.CreateBrowserClient();
        var response = await browser.SignInAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }
}
