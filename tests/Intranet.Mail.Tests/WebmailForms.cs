using System.Net;
using System.Text.RegularExpressions;

namespace Intranet.Mail.Tests;

/// <summary>What a browser does with our forms: fetch the page, keep the antiforgery token, post the fields.</summary>
public static partial class WebmailForms
{
    public static async Task<string> TokenAsync(this HttpClient client, string formUrl)
    {
        var page = await client.GetStringAsync(formUrl);
        var match = TokenPattern().Match(page);
        Assert.True(match.Success, $"{formUrl} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, params (string Name, string Value)[] fields)
    {
        var token = await client.TokenAsync(formUrl);
        var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);
        return await client.PostAsync(postUrl, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
