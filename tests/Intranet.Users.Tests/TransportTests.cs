using System.Net;
using Intranet.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Tests;

/// <summary>S14: behind the configured TLS proxy, HSTS and Secure cookies; X-Forwarded-Proto from anyone else is ignored; no Server header.</summary>
public sealed class TransportTests : IClassFixture<ThrottledFactory>
{
    private readonly ThrottledFactory _factory;

    public TransportTests(ThrottledFactory factory) => _factory = factory;

    [Fact]
    public async Task ForwardedHttps_FromTheConfiguredProxy_GetsHstsAndASecureHostCookie()
    {
        var email = TestAccounts.NewEmail("proxy");
        await _factory.CreateAsync(email);

        var (response, cookies) = await SignInThroughAsync(ThrottledFactory.Proxy, email);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "no HSTS behind the TLS proxy");
        var session = Assert.Single(cookies, c => c.StartsWith("__Host-intranet=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ForwardedHttps_FromAnUnknownAddress_IsIgnored()
    {
        var email = TestAccounts.NewEmail("giamao");
        await _factory.CreateAsync(email);

        var (response, cookies) = await SignInThroughAsync("198.18.0.7", email);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        var session = Assert.Single(cookies, c => c.StartsWith("intranet-auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Responses_CarryNoServerHeader()
    {
        Assert.False(_factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.False(response.Headers.Contains("Server"));
    }

    /// <summary>A form sign-in whose TCP peer is <paramref name="peer"/>, claiming the browser used HTTPS.</summary>
    private async Task<(HttpResponseMessage Response, List<string> Cookies)> SignInThroughAsync(string peer, string email)
    {
        using var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.200");

        var form = await client.GetAsync("/account/login");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = TestAccounts.Password,
                ["__RequestVerificationToken"] = Forms.Token(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgery));
        var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (response, [.. response.Headers.GetValues("Set-Cookie")]);
    }
}
