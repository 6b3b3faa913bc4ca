using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intranet.Testing;

namespace Intranet.Learning.Tests.Scorm;

/// <summary>What the runtime script does, over HTTP: open the player page (a launch), then post commits with the page's token.</summary>
internal sealed partial class PlayerSession
{
    private readonly HttpClient _client;
    private readonly int _lessonId;

    private PlayerSession(HttpClient client, int lessonId, int launch, string token, Dictionary<string, string> state, string page)
    {
        _client = client;
        _lessonId = lessonId;
        Launch = launch;
        Token = token;
        State = state;
        Page = page;
    }

    public int Launch { get; }

    public string Token { get; }

    /// <summary>The CMI the page hands the SCO.</summary>
    public Dictionary<string, string> State { get; }

    public string Page { get; }

    public static async Task<PlayerSession> OpenAsync(HttpClient client, int lessonId)
    {
        var response = await client.GetAsync($"/learning/scorm/{lessonId}");
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"player {(int)response.StatusCode}: {page[..Math.Min(page.Length, 500)]}");
        var launch = int.Parse(LaunchPattern().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var state = JsonSerializer.Deserialize<Dictionary<string, string>>(WebUtility.HtmlDecode(StatePattern().Match(page).Groups[1].Value))!;
        return new PlayerSession(client, lessonId, launch, Forms.Token(page), state, page);
    }

    public Task<HttpResponseMessage> PostAsync(string kind, object data, int? launch = null) =>
        _client.PostAsync($"/api/learning/scorm/{_lessonId}/commit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token,
            ["launch"] = (launch ?? Launch).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["kind"] = kind,
            ["data"] = data as string ?? JsonSerializer.Serialize(data),
        }));

    public async Task<JsonElement> CommitAsync(string kind, object data, int? launch = null)
    {
        var response = await PostAsync(kind, data, launch);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"commit {(int)response.StatusCode}: {text}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>())!;
    }

    [GeneratedRegex("data-launch=\"(\\d+)\"")]
    private static partial Regex LaunchPattern();

    [GeneratedRegex("data-state=\"([^\"]*)\"")]
    private static partial Regex StatePattern();
}
