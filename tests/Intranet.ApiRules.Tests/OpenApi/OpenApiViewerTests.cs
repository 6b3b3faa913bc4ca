using System.Text.RegularExpressions;
using Intranet.Testing;

namespace Intranet.ApiRules.Tests.OpenApi;

/// <summary>The viewer at /openapi is served whole by the application: its scripts are ours, nothing comes from a CDN.</summary>
public sealed partial class OpenApiViewerTests : IClassFixture<ApiRulesFactory>
{
    private readonly ApiRulesFactory _factory;

    public OpenApiViewerTests(ApiRulesFactory factory) => _factory = factory;

    [Fact]
    public async Task Viewer_LoadsOnlyScriptsTheAppServes_UnderAPolicyThatAllowsNoOtherHost()
    {
        using var anonymous = _factory.CreateClient();
        var response = await anonymous.GetAsync("/openapi");
        var page = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, page);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("http", page.Replace("/openapi/v1.json", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("font-src 'self' data:;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal); // no inline script: script-src stays 'self'

        var scripts = ScriptSource().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["/openapi/viewer/scalar.js", "/openapi/viewer/start.js"], scripts);
        foreach (var script in scripts)
        {
            var asset = await anonymous.GetAsync(script);
            Assert.True(asset.IsSuccessStatusCode, script);
            Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
        }

        Assert.True((await anonymous.GetByteArrayAsync("/openapi/viewer/scalar.js")).Length > 1_000_000, "the Scalar bundle is not served whole");
        var start = await anonymous.GetStringAsync("/openapi/viewer/start.js");
        Assert.Contains("withDefaultFonts: false", start, StringComparison.Ordinal); // Scalar's fonts come from its CDN otherwise
        Assert.Contains("telemetry: false", start, StringComparison.Ordinal);
        Assert.Contains("agent: { disabled: true }", start, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_UnderADepartment_ReadsThatDepartmentsDocument()
    {
        using var admin = await _factory.CreateAdminApiClientAsync();
        var name = ApiClientExtensions.NewTenantName("ov");
        await admin.CreateTenantAsync(name);
        using var anonymous = _factory.CreateClient();

        var page = await anonymous.GetStringAsync($"/{name}/openapi");

        Assert.Contains($"data-url=\"/{name}/openapi/v1.json\"", page, StringComparison.Ordinal);
        Assert.Contains($"src=\"/{name}/openapi/viewer/scalar.js\"", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
