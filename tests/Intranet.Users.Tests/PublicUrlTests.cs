using System.Net;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Intranet.Users.Tests;

/// <summary>S1: emailed links come from the configured public URL, never from the request's Host header.</summary>
public sealed class PublicUrlTests : IClassFixture<ThrottledFactory>
{
    private readonly ThrottledFactory _factory;

    public PublicUrlTests(ThrottledFactory factory) => _factory = factory;

    [Fact]
    public async Task ResetLink_AskedThroughAForgedHost_PointsAtTheConfiguredPublicUrl()
    {
        var email = TestAccounts.NewEmail("host");
        await _factory.CreateAsync(email);
        using var attacker = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://attacker.example/"), AllowAutoRedirect = false });
        var answer = await attacker.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", email));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        var message = await Emails.WaitForAsync(_factory, email);

        Assert.DoesNotContain("attacker.example", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://intranet.binhan.test/account/reset-password?email=", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseFor_UsesThePrefix_OrTheTenantsOwnHost_AndTheDemoAddressWhenUnconfigured()
    {
        var configured = Urls("https://intranet.binhan.gov.vn/");
        var host = new Tenant { Name = Tenant.DefaultName, DisplayName = "Tỉnh" };
        var prefixed = new Tenant { Name = "so-tttt", DisplayName = "Sở", RequestUrlPrefix = "so-tttt" };
        var ownHost = new Tenant { Name = "so-noi-vu", DisplayName = "Sở", RequestUrlHosts = ["sonoivu.binhan.gov.vn"] };

        Assert.Equal("https://intranet.binhan.gov.vn", configured.BaseFor(host));
        Assert.Equal("https://intranet.binhan.gov.vn/so-tttt/account/x?y=1", configured.Absolute(prefixed, "account/x?y=1"));
        Assert.Equal("https://sonoivu.binhan.gov.vn", configured.BaseFor(ownHost));
        Assert.Equal("https://cong.binhan.gov.vn/noibo/so-tttt", Urls("https://cong.binhan.gov.vn/noibo").BaseFor(prefixed));
        Assert.Equal(PublicUrls.DemoUrl, Urls(null).BaseFor(host));
        Assert.Throws<InvalidOperationException>(() => Urls("intranet.binhan.gov.vn"));
    }

    private static PublicUrls Urls(string? value) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PublicUrls.SettingName] = value }).Build());
}
