using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Intranet.Testing;
using MimeKit;

namespace Intranet.Users.Tests;

public sealed partial class PasswordTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public PasswordTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task Lockout_AfterFiveFailures_RefusesEvenTheRightPassword_InVietnamese()
    {
        var email = TestAccounts.NewEmail("khoa");
        await _factory.CreateAsync(email);
        using var api = _factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await api.PostAsJsonAsync("/api/auth/token", new { email, password = "sai-" + i });
        }

        var right = await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("tạm thời bị khóa", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var browser = _factory.CreateBrowserClient();
        var form = await browser.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, form.StatusCode);
        Assert.Contains("15 phút", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FourFailures_ThenSuccess_ResetsTheCount()
    {
        var email = TestAccounts.NewEmail("dem");
        await _factory.CreateAsync(email);
        using var api = _factory.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            await api.PostAsJsonAsync("/api/auth/token", new { email, password = "sai-" + i });
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password })).StatusCode);
        await api.PostAsJsonAsync("/api/auth/token", new { email, password = "sai-lan-nua" });
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password })).StatusCode);
    }

    [Fact]
    public async Task PasswordReset_ThroughTheEmailedLink_SetsANewPasswordAndEndsOldSessions()
    {
        var email = TestAccounts.NewEmail("quen");
        await _factory.CreateAsync(email);
        using var oldSession = await Intranet.Testing.ApiClientExtensions.CreateApiClientAsync(_factory, email, TestAccounts.Password);
        using var browser = _factory.CreateBrowserClient();

        var asked = await browser.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", email));
        var unknown = await browser.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", "khong-co-ai@so.test"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(Message(await asked.Content.ReadAsStringAsync()), Message(await unknown.Content.ReadAsStringAsync()));

        var link = await ResetLinkAsync(email);
        var form = await browser.GetStringAsync(link);
        var fields = Regex.Matches(form, "name=\"(Email|Token)\" value=\"([^\"]*)\"").ToDictionary(m => m.Groups[1].Value, m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
        var weak = await browser.PostFormAsync(link, "/account/reset-password", ("Email", fields["Email"]), ("Token", fields["Token"]), ("NewPassword", "12345678"), ("ConfirmPassword", "12345678"));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("quá phổ biến", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reset = await browser.PostFormAsync(link, "/account/reset-password", ("Email", fields["Email"]), ("Token", fields["Token"]), ("NewPassword", "mùa-thu-hà-nội-đẹp"), ("ConfirmPassword", "mùa-thu-hà-nội-đẹp"));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("Đã đặt mật khẩu mới", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await oldSession.GetAsync("/api/auth/me")).StatusCode);
        using var api = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/auth/token", new { email, password = "mùa-thu-hà-nội-đẹp" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password })).StatusCode);

        var reused = await browser.PostFormAsync(link, "/account/reset-password", ("Email", fields["Email"]), ("Token", fields["Token"]), ("NewPassword", "một-lần-nữa-thôi-nhé"), ("ConfirmPassword", "một-lần-nữa-thôi-nhé"));
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("matkhau123")]
    [InlineData("Anhyeuem2024")]
    [InlineData("15081990")]
    [InlineData("ngắn")]
    public async Task ChangePassword_RefusesCommonOrShortPasswords(string candidate)
    {
        var email = TestAccounts.NewEmail("doi");
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);

        var response = await browser.PostFormAsync("/account/change-password", "/account/change-password",
            ("CurrentPassword", TestAccounts.Password), ("NewPassword", candidate), ("ConfirmPassword", candidate));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("quá phổ biến|ít nhất 8 ký tự", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChangePassword_RefusesTheEmailLocalPart_AcceptsALongPassphrase_AndKeepsThisSession()
    {
        var email = TestAccounts.NewEmail("nguyenvanbinh");
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        using var otherSession = await Intranet.Testing.ApiClientExtensions.CreateApiClientAsync(_factory, email, TestAccounts.Password);
        await browser.SignInAsync(email, TestAccounts.Password);
        var local = email[..email.IndexOf('@')] + "2024";

        var context = await browser.PostFormAsync("/account/change-password", "/account/change-password",
            ("CurrentPassword", TestAccounts.Password), ("NewPassword", local), ("ConfirmPassword", local));
        Assert.Equal(HttpStatusCode.BadRequest, context.StatusCode);

        var passphrase = new string('x', 20) + " một câu rất dài có dấu cách và không ký tự đặc biệt " + new string('y', 40);
        var changed = await browser.PostFormAsync("/account/change-password", "/account/change-password",
            ("CurrentPassword", TestAccounts.Password), ("NewPassword", passphrase), ("ConfirmPassword", passphrase), ("ReturnUrl", "/"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherSession.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WithoutSession_RedirectsToLogin()
    {
        using var browser = _factory.CreateBrowserClient();

        var response = await browser.GetAsync("/account/change-password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=%2Faccount%2Fchange-password", response.Headers.Location?.PathAndQuery ?? "", StringComparison.Ordinal);
    }

    private async Task<string> ResetLinkAsync(string email)
    {
        var folder = Path.Combine(_factory.AppData, "Sites", "Default", "Emails");
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var file in System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == email))
                {
                    var match = LinkPattern().Match(message.TextBody ?? "");
                    Assert.True(match.Success, "the email has no reset link");
                    return new Uri(match.Value).PathAndQuery;
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("no reset email for " + email);
    }

    private static string Message(string page) => Regex.Match(page, "<div class=\"alert[^>]*>([^<]*)</div>").Groups[1].Value;

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex LinkPattern();
}
