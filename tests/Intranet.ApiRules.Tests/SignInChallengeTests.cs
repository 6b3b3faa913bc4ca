using System.Net;
using System.Net.Http.Json;
using Intranet.Testing;

namespace Intranet.ApiRules.Tests;

/// <summary>Anonymous visitors of administration are asked to sign in (pages) or told 401 (APIs), never a bare 403.</summary>
public sealed class SignInChallengeTests : IClassFixture<ApiRulesFactory>
{
    private readonly ApiRulesFactory _factory;

    public SignInChallengeTests(ApiRulesFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/admin/mail")]
    [InlineData("/admin/search")]
    [InlineData("/admin/search/status")]
    [InlineData("/admin/tenants")]
    [InlineData("/admin/users")]
    public async Task AnonymousAdminPage_RedirectsToSignIn_WithTheReturnUrl(string path)
    {
        using var browser = _factory.CreateBrowserClient();

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/login", new Uri(new Uri("http://localhost"), location).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnonymousAdminPost_RedirectsToSignIn_RatherThan403()
    {
        using var browser = _factory.CreateBrowserClient();

        var response = await browser.PostAsync("/admin/search/rebuild", new FormUrlEncodedContent(new Dictionary<string, string> { ["index"] = "directory" }));

        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/api/mail/domains")]
    [InlineData("/api/tenants")]
    [InlineData("/api/users")]
    public async Task AnonymousApi_Is401ProblemJson(string path)
    {
        using var client = _factory.CreateBrowserClient();

        var problem = await Http.ProblemAsync(await client.GetAsync(path), HttpStatusCode.Unauthorized);

        Assert.Equal("Chưa đăng nhập", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task SignedInMemberWithoutThePermission_StillGets403()
    {
        using var bearer = await _factory.CreateAdminApiClientAsync();
        var email = $"tv-{Guid.NewGuid():N}"[..16] + "@tinh.test";
        const string password = "Mat-khau-thu-nghiem-2026";
        var created = await bearer.PostAsJsonAsync("/api/users", new { email, fullName = "Đỗ Văn Thành Viên", password, roles = new[] { "Member" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var browser = await _factory.SignedInBrowserAsync(email, password);
        var token = Http.FormToken(await browser.GetStringAsync("/account/change-password"));
        var changed = await browser.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["CurrentPassword"] = password,
            ["NewPassword"] = password + "-moi",
            ["ConfirmPassword"] = password + "-moi",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode); // the temporary password is replaced, as a member would

        var response = await browser.GetAsync("/admin/search");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
