using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intranet.Testing;

namespace Intranet.StaffDirectory.Tests;

/// <summary>
/// S2 and S11 over HTTP: every generated hostile file sent to the directory import (API and admin form) is refused
/// with a Vietnamese message — 422 problem+json in the API — quickly, and the host keeps serving.
/// </summary>
public sealed partial class HostileImportTests : IClassFixture<ProvinceFixture>
{
    private readonly ProvinceFixture _f;

    public HostileImportTests(ProvinceFixture fixture) => _f = fixture;

    public static TheoryData<string> Ids() => [.. HostileFiles.All().Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task The_api_answers_each_hostile_file_with_a_422_naming_the_problem_in_Vietnamese(string id)
    {
        var file = HostileFiles.All().Single(f => f.Id == id);
        var clock = Stopwatch.StartNew();

        var response = await PostApiAsync(file);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{id}: {clock.Elapsed}");
        var text = await response.Content.ReadAsStringAsync();
        if (file.Content.Length == 0)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // the API refuses an empty upload before reading
            return;
        }

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{id}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]", message!.ToLowerInvariant());
    }

    [Fact]
    public async Task The_row_index_bomb_is_refused_at_once_and_the_host_keeps_serving()
    {
        var clock = Stopwatch.StartNew();

        var response = await PostApiAsync(HostileFiles.All().Single(f => f.Id == "row-index-bomb"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
        Assert.Contains("2.147.483.647", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _f.Admin.GetAsync($"/{_f.SoA}/api/directory/people")).StatusCode);
    }

    [Theory]
    [InlineData("row-index-bomb")]
    [InlineData("malformed-xml")]
    [InlineData("dtd-xxe")]
    [InlineData("bad-shared-string")]
    public async Task The_admin_form_shows_the_problem_as_a_Vietnamese_form_error(string id)
    {
        var file = HostileFiles.All().Single(f => f.Id == id);
        var browser = _f.Factory.CreateBrowserClient();
        var login = await PostFormAsync(browser, "/account/login", "/account/login", new MultipartFormDataContent
        {
            { new StringContent(IntranetFactory.AdminEmail), "Email" },
            { new StringContent(_f.Factory.AdminPassword), "Password" },
            { new StringContent("/"), "ReturnUrl" },
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var content = new MultipartFormDataContent { { new StringContent("true"), "dryRun" }, { FileContent(file), "file", file.FileName } };
        var response = await PostFormAsync(browser, $"/{_f.SoA}/admin/directory/import", $"/{_f.SoA}/admin/directory/import", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("chưa ghi gì", html, StringComparison.Ordinal);
        Assert.Contains("alert-danger", html, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostApiAsync(HostileFile file)
    {
        using var content = new MultipartFormDataContent { { FileContent(file), "file", file.FileName } };
        return await _f.Admin.PostAsync($"/{_f.SoA}/api/directory/import?dryRun=true", content);
    }

    private static ByteArrayContent FileContent(HostileFile file)
    {
        var bytes = new ByteArrayContent(file.Content);
        bytes.Headers.ContentType = new MediaTypeHeaderValue(file.FileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return bytes;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formUrl, string postUrl, MultipartFormDataContent content)
    {
        var page = await client.GetStringAsync(formUrl);
        content.Add(new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value)), "__RequestVerificationToken");
        return await client.PostAsync(postUrl, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
