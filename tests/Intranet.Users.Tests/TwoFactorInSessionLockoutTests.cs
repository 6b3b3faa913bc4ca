using System.Net;
using System.Net.Http.Json;
using Intranet.Testing;

namespace Intranet.Users.Tests;

/// <summary>Probe finding S10: wrong TOTP codes typed inside a session count like failed sign-ins and lock the account.</summary>
public sealed class TwoFactorInSessionLockoutTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public TwoFactorInSessionLockoutTests(UsersFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/account/two-factor/recovery-codes")]
    [InlineData("/account/two-factor/disable")]
    public async Task FiveWrongCodes_LockTheAccount_EndTheSession_AndTheRightCodeIsRefused(string action)
    {
        var email = TestAccounts.NewEmail("khoa");
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);
        var (key, _) = await Totp.EnrolAsync(browser);
        var token = await browser.AntiforgeryTokenAsync("/account/two-factor");

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await Post(browser, action, token, "00000" + i)).StatusCode);
        }

        var fifth = await Post(browser, action, token, "111111");
        Assert.Equal(HttpStatusCode.Redirect, fifth.StatusCode);
        Assert.StartsWith("/account/login", fifth.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var right = await Post(browser, action, token, Totp.Code(key, 1));
        Assert.NotEqual(HttpStatusCode.OK, right.StatusCode);
        Assert.NotEqual("/account/two-factor", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).StatusCode);
        using var api = _factory.CreateClient();
        var locked = await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password, totpCode = Totp.Code(key, 1) });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
    }

    private static Task<HttpResponseMessage> Post(HttpClient browser, string action, string token, string code) =>
        browser.PostAsync(action, new FormUrlEncodedContent([new("code", code), new("__RequestVerificationToken", token)]));
}
