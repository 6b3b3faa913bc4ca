using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intranet.Testing;
using Intranet.Users.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Tests;

/// <summary>
/// S7: an existing and an unknown account get the same answer after the same work on every sign-in and reset path.
/// Work is compared structurally (how often a password hash is verified), never by timing.
/// </summary>
public sealed partial class EnumerationTests : IClassFixture<EnumerationTests.CountingFactory>
{
    private const string Unknown = "khong-co-tai-khoan@so.test";
    private readonly CountingFactory _factory;

    public EnumerationTests(CountingFactory factory) => _factory = factory;

    public static TheoryData<int> PasswordLengths => new() { 12, 2000 };

    [Theory]
    [MemberData(nameof(PasswordLengths))]
    public async Task TokenApi_WrongOrOverlongPassword_SameAnswerAndSameHashing_ForExistingAndUnknown(int length)
    {
        var real = TestAccounts.NewEmail("ton-tai");
        await _factory.CreateAsync(real);
        var password = new string('x', length);

        var (existing, existingHashes) = await TokenAsync(real, password);
        var (unknown, unknownHashes) = await TokenAsync(Unknown, password);

        Assert.Equal(existing, unknown);
        Assert.Equal(existingHashes, unknownHashes);
        Assert.Equal(1, existingHashes);
    }

    [Fact]
    public async Task LoginForm_WrongPassword_SameAnswerAndSameHashing_ForExistingAndUnknown()
    {
        var real = TestAccounts.NewEmail("form");
        await _factory.CreateAsync(real);

        var existing = await FormAsync(real, "mat-khau-sai-roi");
        var unknown = await FormAsync(Unknown, "mat-khau-sai-roi");

        Assert.Equal(existing, unknown);
    }

    [Fact]
    public async Task LockedAccount_IsNotToldApartFromAnUnknownOne_UntilItsPasswordIsRight()
    {
        var real = TestAccounts.NewEmail("bikhoa");
        await _factory.CreateAsync(real);
        for (var i = 0; i < 5; i++)
        {
            await TokenAsync(real, "sai-" + i);
        }

        var (locked, lockedHashes) = await TokenAsync(real, "van-sai");
        var (unknown, unknownHashes) = await TokenAsync(Unknown, "van-sai");
        Assert.Equal(unknown, locked);
        Assert.Equal(unknownHashes, lockedHashes);
        Assert.Contains("tạm thời bị khóa", locked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_WeakPasswordAndMadeUpToken_SameAnswer_ForExistingAndUnknown()
    {
        var real = TestAccounts.NewEmail("datlai");
        await _factory.CreateAsync(real);
        using var browser = _factory.CreateBrowserClient();

        async Task<string> ResetAsync(string email)
        {
            var response = await browser.PostFormAsync("/account/reset-password", "/account/reset-password",
                ("Email", email), ("Token", "CfDJ8-bia-dat"), ("NewPassword", "12345678"), ("ConfirmPassword", "12345678"));
            return $"{(int)response.StatusCode} {Alert(await response.Content.ReadAsStringAsync())}";
        }

        var existing = await ResetAsync(real);
        var unknown = await ResetAsync(Unknown);

        Assert.Equal(existing, unknown);
        Assert.Contains("không hợp lệ hoặc đã hết hạn", existing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_SameAnswerAndNoHashing_ForExistingAndUnknown()
    {
        var real = TestAccounts.NewEmail("quenmk");
        await _factory.CreateAsync(real);
        using var browser = _factory.CreateBrowserClient();

        var before = _factory.Hasher.Verifications;
        var existing = await browser.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", real));
        var unknown = await browser.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", Unknown));

        Assert.Equal(existing.StatusCode, unknown.StatusCode);
        Assert.Equal(Alert(await existing.Content.ReadAsStringAsync()), Alert(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(before, _factory.Hasher.Verifications);
    }

    private async Task<(string Answer, int Hashes)> TokenAsync(string email, string password)
    {
        using var api = _factory.CreateClient();
        var before = _factory.Hasher.Verifications;
        var response = await api.PostAsJsonAsync("/api/auth/token", new { email, password });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ($"{(int)response.StatusCode} {body.GetProperty("title").GetString()} {body.GetProperty("detail").GetString()}", _factory.Hasher.Verifications - before);
    }

    private async Task<(string Answer, int Hashes)> FormAsync(string email, string password)
    {
        using var browser = _factory.CreateBrowserClient();
        var token = await browser.AntiforgeryTokenAsync("/account/login");
        var before = _factory.Hasher.Verifications;
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        return ($"{(int)response.StatusCode} {Alert(await response.Content.ReadAsStringAsync())}", _factory.Hasher.Verifications - before);
    }

    private static string Alert(string page) => AlertPattern().Match(page).Groups[1].Value.Trim();

    [GeneratedRegex("<div class=\"alert[^>]*>([^<]*)</div>")]
    private static partial Regex AlertPattern();

    public sealed class CountingFactory : UsersFactory
    {
        public CountingPasswordHasher Hasher { get; } = new();

        protected override void ConfigureMore(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<Account>>(Hasher));
    }
}
