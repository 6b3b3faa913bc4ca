using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Users.Tests;

/// <summary>Probe finding S9: a session with a temporary password (MustChangePassword) may only change it; no token is issued for it.</summary>
public sealed class TemporaryPasswordTests : IClassFixture<UsersFactory>
{
    private const string Temporary = "tạm-thời-do-quản-trị-đặt";

    private readonly UsersFactory _factory;

    public TemporaryPasswordTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task TokenApi_RefusesATemporaryPassword_WithA403Problem_UntilItIsChanged()
    {
        var email = await TemporaryAccountAsync();
        using var api = _factory.CreateClient();

        var refused = await api.PostAsJsonAsync("/api/auth/token", new { email, password = Temporary });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("đổi mật khẩu", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await _factory.ChangeTemporaryPasswordAsync(email, Temporary, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password })).StatusCode);
    }

    [Fact]
    public async Task EveryPage_SendsATemporarySession_ToChangePassword_WithTheWayBack_AndApisAnswer403()
    {
        var email = await TemporaryAccountAsync();
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, Temporary);

        foreach (var path in new[] { "/", "/account/two-factor", "/admin/users", "/directory" })
        {
            var page = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/account/change-password?returnUrl=" + Uri.EscapeDataString(path), page.Headers.Location?.OriginalString);
        }

        var me = await browser.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Forbidden, me.StatusCode);
        Assert.Equal("application/problem+json", me.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/change-password?returnUrl=%2F")).StatusCode);

        var changed = await browser.PostFormAsync("/account/change-password", "/account/change-password",
            ("CurrentPassword", Temporary), ("NewPassword", TestAccounts.Password), ("ConfirmPassword", TestAccounts.Password), ("ReturnUrl", "/"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task SigningOut_StaysPossible_WithATemporaryPassword()
    {
        var email = await TemporaryAccountAsync();
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, Temporary);

        var token = await browser.AntiforgeryTokenAsync("/account/change-password");
        var signedOut = await browser.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.DoesNotContain("change-password", signedOut.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    /// <summary>An account whose password an administrator has just set.</summary>
    private async Task<string> TemporaryAccountAsync()
    {
        var email = TestAccounts.NewEmail("tam");
        await _factory.CreateAsync(email);
        await _factory.ChangeAsync(email, (manager, account) => manager.SetPasswordAsync(account, Temporary, mustChange: true));
        return email;
    }
}
