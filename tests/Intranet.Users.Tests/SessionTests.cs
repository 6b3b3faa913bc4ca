using System.Net;

namespace Intranet.Users.Tests;

/// <summary>Disabling an account or ending its sessions stops its live cookie and bearer token at the very next request.</summary>
public sealed class SessionTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public SessionTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task DisabledAccount_LosesCookieAndToken_OnTheNextRequest_AndCannotSignIn()
    {
        var email = TestAccounts.NewEmail("tat");
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);
        using var api = await Intranet.Testing.ApiClientExtensions.CreateApiClientAsync(_factory, email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/auth/me")).StatusCode);

        await _factory.ChangeAsync(email, (m, a) => m.SetEnabledAsync(a, false));

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/auth/me")).StatusCode);
        var again = await browser.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Contains("vô hiệu hóa", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"disabled {email}", _factory.Events.Events);
    }

    [Fact]
    public async Task EndSessions_StopsEveryLiveSession_ButTheAccountCanSignInAgain()
    {
        var email = TestAccounts.NewEmail("het");
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);
        using var api = await Intranet.Testing.ApiClientExtensions.CreateApiClientAsync(_factory, email, TestAccounts.Password);

        await _factory.ChangeAsync(email, (m, a) => m.EndSessionsAsync(a));

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/auth/me")).StatusCode);
        using var fresh = await Intranet.Testing.ApiClientExtensions.CreateApiClientAsync(_factory, email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/auth/me")).StatusCode);
    }
}
