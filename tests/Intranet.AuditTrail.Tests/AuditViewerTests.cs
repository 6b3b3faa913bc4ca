using System.Net;
using System.Text.RegularExpressions;
using Intranet.Testing;

namespace Intranet.AuditTrail.Tests;

/// <summary>The viewer and the verify button in the whole host: what the province administrator sees after real changes.</summary>
public sealed partial class AuditViewerTests : IClassFixture<IntranetFactory>
{
    private readonly IntranetFactory _factory;

    public AuditViewerTests(IntranetFactory factory) => _factory = factory;

    [Fact]
    public async Task Sign_ins_and_tenant_changes_appear_in_the_host_viewer_and_the_chain_verifies()
    {
        var api = await _factory.CreateAdminApiClientAsync();
        var name = ApiClientExtensions.NewTenantName("kiem-toan");
        await api.CreateTenantAsync(name);
        var browser = await SignedInAsync();

        var html = await browser.GetStringAsync("/admin/audit");

        Assert.Contains("sign-in.succeeded", html);
        Assert.Contains(name, html);
        Assert.Contains("text-bg-secondary\">tenant<", html);
        Assert.True((await browser.GetAsync("/admin/audit")).Headers.CacheControl?.NoStore);

        var filtered = await browser.GetStringAsync("/admin/audit?category=auth&actor=" + Uri.EscapeDataString(IntranetFactory.AdminEmail));
        Assert.Contains("sign-in.succeeded", filtered);
        Assert.DoesNotContain("text-bg-secondary\">tenant<", filtered);

        var verify = await PostAsync(browser, "/admin/audit", "/admin/audit/verify");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Contains("Chuỗi nhật ký nguyên vẹn", await verify.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_date_that_is_not_dd_MM_yyyy_is_a_400_with_a_Vietnamese_message()
    {
        var browser = await SignedInAsync();

        var response = await browser.GetAsync("/admin/audit?from=2026-01-31");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ngày phải có dạng dd/MM/yyyy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("from=01/01/0001")]
    [InlineData("from=01/01/0001&to=01/01/0001")]
    [InlineData("to=31/12/9999")]
    [InlineData("from=01/01/0001&to=31/12/9999")]
    public async Task Dates_at_the_ends_of_the_calendar_filter_instead_of_failing(string query)
    {
        var browser = await SignedInAsync();

        var response = await browser.GetAsync("/admin/audit?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // S11: was a 500 (un-representable DateTime)
        var whole = query.Contains("to=31/12/9999", StringComparison.Ordinal) || !query.Contains("to=", StringComparison.Ordinal);
        Assert.Equal(whole, (await response.Content.ReadAsStringAsync()).Contains("sign-in.succeeded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_visitors_never_see_the_trail()
    {
        var response = await _factory.CreateBrowserClient().GetAsync("/admin/audit");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await _factory.CreateBrowserClient().PostAsync("/admin/audit/verify", null)).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = _factory.CreateBrowserClient();
        var response = await PostAsync(client, "/account/login", "/account/login", ("Email", IntranetFactory.AdminEmail), ("Password", _factory.AdminPassword), ("ReturnUrl", "/"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formUrl, string postUrl, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(formUrl);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        var request = new HttpRequestMessage(HttpMethod.Post, postUrl)
        {
            Content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("HX-Request", "true");
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
