using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Users.Tests;

public sealed class SignInTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public SignInTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task Token_WithRightPassword_AuthenticatesApiCallsAsAdministratorOfTheHost()
    {
        using var client = await _factory.CreateAdminApiClientAsync();

        var me = await client.MeAsync();

        Assert.Equal(IntranetFactory.AdminEmail, me.GetProperty("email").GetString());
        Assert.True(me.GetProperty("isMember").GetBoolean());
        Assert.Contains("Administrator", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("ManageUsers", me.GetProperty("permissions").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Token_Response_HasBearerTypeAndLifetime()
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/token", new { email = IntranetFactory.AdminEmail, password = _factory.AdminPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.True(body.GetProperty("expiresIn").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task Token_WithWrongPassword_Is401ProblemInVietnamese()
    {
        var email = TestAccounts.NewEmail();
        await _factory.CreateAsync(email);
        using var client = _factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password = "không phải mật khẩu" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Email hoặc mật khẩu không đúng", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_ForUnknownEmail_AnswersExactlyLikeAWrongPassword()
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/token", new { email = "khong-ton-tai@so.test", password = "bất kỳ mật khẩu nào" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_WithoutBody_Is400Problem()
    {
        using var client = _factory.CreateClient();

        var response = await client.PostAsync("/api/auth/token", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_WithoutOrWithForgedToken_Is401Problem()
    {
        using var anonymous = _factory.CreateClient();
        using var forged = _factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-gia-mao");

        var none = await anonymous.GetAsync("/api/auth/me");
        var bad = await forged.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
    }

    [Fact]
    public async Task CookieSignIn_RedirectsToReturnUrl_WithHttpOnlyLaxCookieForEveryPath()
    {
        var email = TestAccounts.NewEmail();
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();

        var response = await browser.SignInAsync(email, TestAccounts.Password, "/tin-tuc");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tin-tuc", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("intranet-auth=", StringComparison.Ordinal));
        Assert.Contains("path=/;", cookie.ToLowerInvariant() + ";");
        Assert.Contains("httponly", cookie.ToLowerInvariant());
        Assert.Contains("samesite=lax", cookie.ToLowerInvariant());
        var me = await browser.MeAsync();
        Assert.Equal(email, me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task CookieSignIn_WithWrongPassword_ShowsVietnameseMessageAnd401()
    {
        var email = TestAccounts.NewEmail();
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();

        var response = await browser.SignInAsync(email, "sai-mat-khau-roi");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("intranet-auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CookieSignIn_WithForeignReturnUrl_GoesHomeInstead()
    {
        var email = TestAccounts.NewEmail();
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();

        var response = await browser.SignInAsync(email, TestAccounts.Password, "https://ke-gian.example/dang-nhap");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LoginPost_WithoutAntiforgeryToken_IsRefused()
    {
        var email = TestAccounts.NewEmail();
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();

        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent([new("Email", email), new("Password", TestAccounts.Password)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Logout_EndsTheCookieSession()
    {
        var email = TestAccounts.NewEmail();
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);

        var logout = await browser.PostFormAsync("/account/login", "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).StatusCode);
    }
}
