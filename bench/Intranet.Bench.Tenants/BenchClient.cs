using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intranet.Bench.Tenants;

/// <summary>An administrator's script: a bearer token for the API, a cookie session for pages.</summary>
internal sealed class BenchClient
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _api;
    private readonly HttpClient _browser;
    private readonly Uri _base;

    public BenchClient(string baseUrl)
    {
        _base = new Uri(baseUrl);
        _api = new HttpClient { BaseAddress = _base, Timeout = TimeSpan.FromMinutes(2) };
        _browser = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = _base };
    }

    /// <summary>The session cookie, for wrk.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(_base);

    public async Task SignInAsync(string email, string password)
    {
        var response = await _api.PostAsJsonAsync("/api/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());

        // A browser session: read the login form's antiforgery token, then post the form.
        var form = await _browser.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(ExtractToken(form));
        var login = await _browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if ((int)login.StatusCode >= 400)
        {
            throw new InvalidOperationException($"Sign-in form answered {(int)login.StatusCode}.");
        }
    }

    public async Task CreateTenantAsync(string name, string displayName)
    {
        var response = await _api.PostAsJsonAsync("/api/tenants", new { name, displayName, prefix = name, recipe = "department" });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating {name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async Task TouchAsync(string path)
    {
        var response = await _browser.GetAsync(path);
        if ((int)response.StatusCode >= 400)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
        }
    }

    private static string ExtractToken(string html)
    {
        const string marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("No antiforgery token on the login form.");
        }

        start += marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}
