using System.Net;
using System.Net.Http.Json;
using Intranet.Testing;
using Intranet.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Tests;

public sealed class TwoFactorTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public TwoFactorTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task Enrolment_ShowsTenRecoveryCodesOnce_AndTokenApiThenNeedsTheCode()
    {
        var email = TestAccounts.NewEmail("hai");
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);

        var (key, codes) = await Totp.EnrolAsync(browser);

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            // Stored hashed: a copy of the database does not reveal the codes.
            var stored = await scope.ServiceProvider.GetRequiredService<UsersDbContext>().Set<IdentityUserToken<string>>()
                .Where(t => t.Name == "RecoveryCodes").Select(t => t.Value).ToListAsync();
            Assert.NotEmpty(stored);
            Assert.DoesNotContain(stored, v => codes.Any(c => v!.Contains(c, StringComparison.Ordinal)));
        }

        var page = await browser.GetStringAsync("/account/two-factor");
        Assert.DoesNotContain(codes[0], page, StringComparison.Ordinal);
        Assert.Contains("10", page, StringComparison.Ordinal);

        using var api = _factory.CreateClient();
        var withoutCode = await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Contains("totpCode", await withoutCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var wrongCode = await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password, totpCode = Totp.Code(key, -20) });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        Assert.Contains("Mã xác thực không đúng", await wrongCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var rightCode = await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password, totpCode = Totp.Code(key, 1) });
        Assert.Equal(HttpStatusCode.OK, rightCode.StatusCode);

        // The same code a second time is a replay.
        var replay = await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password, totpCode = Totp.Code(key, 1) });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task FormSignIn_AsksForTheCode_RefusesAWrongOne_AndARecoveryCodeWorksOnce()
    {
        var email = TestAccounts.NewEmail("hai");
        await _factory.CreateAsync(email);
        using (var enrolling = _factory.CreateBrowserClient())
        {
            await enrolling.SignInAsync(email, TestAccounts.Password);
            var (_, codes) = await Totp.EnrolAsync(enrolling);

            using var browser = _factory.CreateBrowserClient();
            var first = await browser.SignInAsync(email, TestAccounts.Password, "/tin-tuc");
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            Assert.StartsWith("/account/login/2fa", first.Headers.Location?.OriginalString, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).StatusCode);

            var location = first.Headers.Location!.OriginalString;
            var wrong = await browser.PostFormAsync(location, "/account/login/2fa", ("Code", "12345"), ("ReturnUrl", "/tin-tuc"));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("Mã xác thực không đúng", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var recovered = await browser.PostFormAsync(location, "/account/login/2fa", ("Code", codes[3].ToLowerInvariant()), ("ReturnUrl", "/tin-tuc"));
            Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
            Assert.Equal("/tin-tuc", recovered.Headers.Location?.OriginalString);
            Assert.Equal(email, (await browser.MeAsync()).GetProperty("email").GetString());

            using var api = _factory.CreateClient();
            var again = await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password, totpCode = codes[3] });
            Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
            var other = await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password, totpCode = codes[4] });
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }
    }

    [Fact]
    public async Task SecondFactorPage_WithoutPasswordStep_GoesBackToLogin()
    {
        using var browser = _factory.CreateBrowserClient();

        var response = await browser.GetAsync("/account/login/2fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_NeedsACurrentCode_AndThenPasswordAloneSignsIn()
    {
        var email = TestAccounts.NewEmail("tat");
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);
        var (key, _) = await Totp.EnrolAsync(browser);

        var refused = await browser.PostFormAsync("/account/two-factor", "/account/two-factor/disable", ("code", Totp.Code(key, -20)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var disabled = await browser.PostFormAsync("/account/two-factor", "/account/two-factor/disable", ("code", Totp.Code(key, 1)));
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me")).StatusCode);

        using var api = _factory.CreateClient();
        var token = await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }
}
