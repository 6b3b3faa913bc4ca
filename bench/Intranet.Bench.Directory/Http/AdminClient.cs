using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Intranet.Bench.StaffDirectory.Http;

/// <summary>What an administrator does through the product: a bearer token for the API, a cookie session for pages.</summary>
internal sealed partial class AdminClient : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _api;
    private readonly HttpClient _browser;
    private readonly Uri _base;

    public AdminClient(string baseUrl)
    {
        _base = new Uri(baseUrl);
        _api = new HttpClient { BaseAddress = _base, Timeout = TimeSpan.FromMinutes(2) };
        _browser = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = _base, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>The session cookie, for wrk.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(_base);

    public async Task SignInAsync(string email, string password)
    {
        var response = await _api.PostAsJsonAsync("/api/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());

        var token = Token(await _browser.GetStringAsync("/account/login"));
        var login = await _browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if ((int)login.StatusCode >= 400 || CookieHeader.Length == 0)
        {
            throw new InvalidOperationException($"Sign-in form answered {(int)login.StatusCode}.");
        }
    }

    public async Task CreateDepartmentAsync(string name, string displayName)
    {
        var response = await _api.PostAsJsonAsync("/api/tenants", new { name, displayName, prefix = name, recipe = "department" });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating {name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The Search admin page's "Dựng lại" button for the province directory, then its progress until done.</summary>
    public async Task<(int Documents, double ServerSeconds)> RebuildDirectoryAsync(int atLeast)
    {
        var token = Token(await _browser.GetStringAsync("/admin/search"));
        var started = await _browser.PostAsync("/admin/search/rebuild", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["index"] = "directory",
            ["__RequestVerificationToken"] = token,
        }));
        if ((int)started.StatusCode >= 400)
        {
            throw new InvalidOperationException($"Rebuild answered {(int)started.StatusCode}.");
        }

        for (var i = 0; i < 3600; i++)
        {
            await Task.Delay(250);
            var status = await _browser.GetStringAsync("/admin/search/status");
            if (status.Contains("text-danger", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Rebuild failed: " + WebUtility.HtmlDecode(status));
            }

            // The start-up task may have rebuilt the empty index already: wait for this rebuild's count.
            if (Done().Match(status) is { Success: true } done
                && int.Parse(Digits().Replace(done.Groups[1].Value, ""), System.Globalization.CultureInfo.InvariantCulture) is var documents && documents >= atLeast)
            {
                return (documents, double.Parse(done.Groups[2].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        throw new TimeoutException("The rebuild did not finish within 15 minutes.");
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

    public void Dispose()
    {
        _api.Dispose();
        _browser.Dispose();
    }

    private static string Token(string html)
    {
        var match = AntiforgeryToken().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on the page.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"text-success"">[^:<]*:\s*([\d.,\u00a0 ]+)[^\d<]+([\d.,]+)")]
    private static partial Regex Done();

    [GeneratedRegex(@"[^\d]")]
    private static partial Regex Digits();
}
