using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Intranet.Testing;

/// <summary>What a browser does with our forms: fetch the page, keep the antiforgery token, post the fields.</summary>
public static partial class Forms
{
    /// <summary>The antiforgery token of the form on <paramref name="url"/>, for this client's session.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url) =>
        Token(await client.GetStringAsync(url), url);

    /// <summary>The antiforgery token a page's form carries.</summary>
    public static string Token(string page, string? url = null)
    {
        var match = TokenPattern().Match(page);
        Assert.True(match.Success, $"{url ?? "the page"} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, params (string Name, string Value)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync(formUrl);
        var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);
        return await client.PostAsync(postUrl, content);
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", password), ("ReturnUrl", "/"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
