using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Intranet.Testing;

/// <summary>What a browser does with our forms: fetch the page, keep the antiforgery token, post the fields.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(formUrl);
        var match = TokenPattern().Match(page);
        Assert.True(match.Success, $"{formUrl} has no antiforgery token");
        var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", WebUtility.HtmlDecode(match.Groups[1].Value))]);
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
