using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intranet.Bench.Tenants;

/// <summary>An administrator's script: a bearer token for the API, a cookie session for pages.</summary>
internal sealed class BenchClient : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _api;
    private readonly HttpClient _browser;
    private readonly Uri _base;

    public BenchClient(string baseUrl)
    {
        _base = new Uri(baseUrl);
        _api = new HttpClient { BaseAddress = _base, Timeout = TimeSpan.FromMinutes(2) };
        _browser = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = _base, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>Bearer-authenticated client for API calls the methods here do not cover.</summary>
    public HttpClient Api => _api;

    /// <summary>The cookie session (no redirects followed), for pages.</summary>
    public HttpClient Browser => _browser;

    /// <summary>The session cookie, for wrk.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(_base);

    public async Task SignInAsync(string email, string password)
    {
        var response = await _api.PostAsJsonAsync("/api/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());

        // A browser session: the login form, posted with its antiforgery token.
        await PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (CookieHeader.Length == 0)
        {
            throw new InvalidOperationException("The sign-in form set no session cookie.");
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

    /// <summary>GET as the signed-in browser; fails on an error status.</summary>
    public async Task<string> GetAsync(string path)
    {
        var response = await _browser.GetAsync(path);
        if ((int)response.StatusCode >= 400)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>What a browser does with a form: read <paramref name="page"/> for its antiforgery token, then post.</summary>
    public async Task PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(ExtractToken(await _browser.GetStringAsync(page)));
        var response = await _browser.PostAsync(action, new FormUrlEncodedContent(fields));
        if ((int)response.StatusCode >= 400)
        {
            throw new InvalidOperationException($"{action} answered {(int)response.StatusCode}.");
        }
    }

    public void Dispose()
    {
        _api.Dispose();
        _browser.Dispose();
    }

    public static string ExtractToken(string html)
    {
        const string marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("No antiforgery token on the page.");
        }

        start += marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}
