using System.Net;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Intranet.Users.Tests;

/// <summary>Intranet:Users:RequireTwoFactorForAdministrators sends an administrator without TOTP to enrol before any admin page.</summary>
public sealed class AdministratorTwoFactorTests : IClassFixture<AdministratorTwoFactorTests.RequiringFactory>
{
    private readonly RequiringFactory _factory;

    public AdministratorTwoFactorTests(RequiringFactory factory) => _factory = factory;

    [Fact]
    public async Task Administrator_WithoutTotp_IsSentToEnrol_ThenReachesAdminPages()
    {
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);

        var blocked = await browser.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/account/two-factor?required=true", blocked.Headers.Location?.OriginalString);
        Assert.Contains("phải bật xác thực hai lớp", await browser.GetStringAsync("/account/two-factor?required=true"), StringComparison.Ordinal);

        await Totp.EnrolAsync(browser);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Member_IsNotAskedToEnrol()
    {
        var email = TestAccounts.NewEmail("tv");
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/users")).StatusCode);
    }

    public sealed class RequiringFactory : UsersFactory
    {
        protected override void ConfigureMore(IWebHostBuilder builder) => builder.UseSetting("Intranet:Users:RequireTwoFactorForAdministrators", "true");
    }
}
