using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intranet.Testing;

namespace Intranet.ApiRules.Tests;

/// <summary>What the tests send: raw JSON bodies, a signed-in browser, and the antiforgery token its pages carry.</summary>
internal static partial class Http
{
    public static StringContent Json(string raw) => new(raw, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"expected 2xx, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A browser signed in with the sign-in form (its own token), keeping the session cookie.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(this IntranetFactory factory, string email, string password)
    {
        var browser = factory.CreateBrowserClient();
        var token = FormToken(await browser.GetStringAsync("/account/login"));
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>The token a page gives its scripts (meta request-verification-token), as htmx sends it.</summary>
    public static async Task<string> PageTokenAsync(this HttpClient browser, string url)
    {
        var page = await browser.GetStringAsync(url);
        var match = MetaPattern().Match(page);
        Assert.True(match.Success, $"{url} has no request-verification-token meta");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string FormToken(string page)
    {
        var match = FormPattern().Match(page);
        Assert.True(match.Success, "the page has no antiforgery form field");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormPattern();
}
