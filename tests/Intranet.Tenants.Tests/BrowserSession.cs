using System.Net;
using System.Text.RegularExpressions;
using Intranet.Testing;

namespace Intranet.Tenants.Tests;

/// <summary>A signed-in browser: cookies kept, redirects not followed, forms posted with the page's antiforgery token.</summary>
public sealed partial class BrowserSession : IDisposable
{
    private BrowserSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static async Task<BrowserSession> SignInAsync(IntranetFactory factory)
    {
        var session = new BrowserSession(factory.CreateBrowserClient());
        var response = await session.PostFormAsync("/account/login", "/account/login", new()
        {
            ["Email"] = IntranetFactory.AdminEmail,
            ["Password"] = factory.AdminPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>Loads <paramref name="formPage"/>, takes its antiforgery token, posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields, bool htmx = false)
    {
        var page = await Client.GetStringAsync(formPage);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        return await Client.SendAsync(request);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
