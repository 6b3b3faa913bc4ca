using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Users.Tests;

/// <summary>S8: per-address and per-account limits (429, Retry-After, Vietnamese), device cookies against lockout abuse, one reset email per window.</summary>
public sealed class RateLimitTests : IClassFixture<ThrottledFactory>
{
    private readonly ThrottledFactory _factory;

    public RateLimitTests(ThrottledFactory factory) => _factory = factory;

    [Fact]
    public async Task TokenApi_FromOneAddress_AfterTheLimit_Answers429ProblemWithRetryAfter()
    {
        using var api = ClientFrom("198.51.100.10");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/auth/token", new { email = $"ai-do-{i}@so.test", password = "sai" })).StatusCode);
        }

        var refused = await api.PostAsJsonAsync("/api/auth/token", new { email = "nguoi-khac@so.test", password = "sai" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Quá nhiều lần thử", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Another address is not affected.
        using var other = ClientFrom("198.51.100.11");
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.PostAsJsonAsync("/api/auth/token", new { email = "ai-do@so.test", password = "sai" })).StatusCode);
    }

    [Fact]
    public async Task Forms_FromOneAddress_AfterTheLimit_AnswerAVietnamesePage()
    {
        using var browser = ClientFrom("198.51.100.20", cookies: true);
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync($"ai-do-{i}@so.test", "sai");
        }

        var refused = await browser.SignInAsync("ai-do@so.test", "sai");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Quá nhiều lần thử", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The forms share the address's budget, whatever the endpoint.
        var forgot = await browser.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", "ai-do@so.test"));
        Assert.Equal(HttpStatusCode.TooManyRequests, forgot.StatusCode);
    }

    [Fact]
    public async Task PerAccount_FailuresFromManyAddresses_Get429_AndAnUnknownEmailIsTreatedTheSame()
    {
        var real = TestAccounts.NewEmail("dich");
        await _factory.CreateAsync(real);
        const string unknown = "khong-ton-tai-dich@so.test";
        foreach (var email in new[] { real, unknown })
        {
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 11; i++)
            {
                using var api = ClientFrom($"203.0.113.{i + 1}");
                statuses.Add((await api.PostAsJsonAsync("/api/auth/token", new { email, password = "sai-" + i })).StatusCode);
            }

            Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
            Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        }
    }

    [Fact]
    public async Task LockoutAbuse_FiveWrongPasswordsFromAnUnknownDevice_DoNotKeepOutTheUserOnTheirOwnDevice()
    {
        var email = TestAccounts.NewEmail("thietbi");
        await _factory.CreateAsync(email);
        using var usersBrowser = ClientFrom("192.0.2.10", cookies: true);
        Assert.Equal(HttpStatusCode.Redirect, (await usersBrowser.SignInAsync(email, TestAccounts.Password)).StatusCode);

        using (var attacker = ClientFrom("192.0.2.66"))
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.PostAsJsonAsync("/api/auth/token", new { email, password = "doan-" + i })).StatusCode);
            }
        }

        // Anyone without the device cookie, the right password included, is locked out for now…
        using var newBrowser = ClientFrom("192.0.2.11", cookies: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await newBrowser.SignInAsync(email, TestAccounts.Password)).StatusCode);
        using var api = ClientFrom("192.0.2.12");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password })).StatusCode);

        // …but the user's own browser still signs in.
        var again = await usersBrowser.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await usersBrowser.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task DeviceCookie_WrongPasswordsOnTheTrustedDevice_LockThatDeviceOnly()
    {
        var email = TestAccounts.NewEmail("thietbi2");
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);
        using var browser2 = _factory.CreateBrowserClient();
        await browser2.SignInAsync(email, TestAccounts.Password);
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync(email, "sai-" + i);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SignInAsync(email, TestAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser2.SignInAsync(email, TestAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_AskedThreeTimes_SendsOneEmail_WithTheConfiguredPublicUrl()
    {
        var email = TestAccounts.NewEmail("motthu");
        var sentinel = TestAccounts.NewEmail("moc");
        await _factory.CreateAsync(email);
        await _factory.CreateAsync(sentinel);
        using var browser = _factory.CreateBrowserClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", email))).StatusCode);
        }

        // The mailer works in order: once the sentinel's email is there, the three requests before it are done.
        await browser.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", sentinel));
        await Emails.WaitForAsync(_factory, sentinel);

        var sent = await Emails.ToAsync(_factory, email);
        var message = Assert.Single(sent);
        Assert.Contains("https://intranet.binhan.test/account/reset-password?", message.TextBody, StringComparison.Ordinal);
    }

    private HttpClient ClientFrom(string address, bool cookies = false)
    {
        var client = cookies ? _factory.CreateBrowserClient() : _factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }
}
