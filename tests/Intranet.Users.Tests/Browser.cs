using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Intranet.Users.Tests;

/// <summary>What a browser does with our forms: fetch the page, keep the antiforgery token, post the fields.</summary>
internal static partial class Browser
{
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var page = await client.GetStringAsync(url);
        return Token(page);
    }

    public static string Token(string page)
    {
        var match = TokenPattern().Match(page);
        Assert.True(match.Success, "the page has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, params (string Name, string Value)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync(formUrl);
        var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);
        return await client.PostAsync(postUrl, content);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string returnUrl = "/") =>
        client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", password), ("ReturnUrl", returnUrl));

    public static async Task<JsonElement> MeAsync(this HttpClient client, string prefix = "")
    {
        var response = await client.GetAsync(prefix + "/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
