using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Intranet.Security.Tests;

/// <summary>
/// One account's two ways in: a browser client (session cookie, antiforgery token per tenant prefix, since
/// tokens are bound to the tenant that issued them) and an API client with a bearer token.
/// </summary>
public sealed partial class SignedInClient : IDisposable
{
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public SignedInClient(string label, HttpClient browser, HttpClient bearer)
    {
        Label = label;
        Browser = browser;
        Bearer = bearer;
    }

    public string Label { get; }

    /// <summary>Cookies kept, redirects not followed.</summary>
    public HttpClient Browser { get; }

    /// <summary>No cookies; Authorization: Bearer.</summary>
    public HttpClient Bearer { get; }

    /// <summary>The antiforgery token the sign-in form of <paramref name="prefix"/> carries for this session.</summary>
    public async Task<string> AntiforgeryTokenAsync(string prefix)
    {
        if (!_tokens.TryGetValue(prefix, out var token))
        {
            var page = await Browser.GetStringAsync(prefix + "/account/login");
            token = TokenOf(page);
            _tokens[prefix] = token;
        }

        return token;
    }

    public static string TokenOf(string page)
    {
        var match = TokenPattern().Match(page);
        if (!match.Success)
        {
            throw new InvalidOperationException("The page has no antiforgery token.");
        }

        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static void UseBearer(HttpClient client, string token) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public void Dispose()
    {
        Browser.Dispose();
        Bearer.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
