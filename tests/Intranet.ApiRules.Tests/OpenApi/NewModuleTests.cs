namespace Intranet.ApiRules.Tests.OpenApi;

/// <summary>A module added later (HR's /api/hr/…) appears in the document with no registration; its pages do not.</summary>
public sealed class NewModuleTests : IClassFixture<ProbeModuleFactory>
{
    private readonly ProbeModuleFactory _factory;

    public NewModuleTests(ProbeModuleFactory factory) => _factory = factory;

    [Fact]
    public async Task ANewApiController_IsDocumentedWithItsRules_AndItsPageIsNot()
    {
        using var anonymous = _factory.CreateClient();
        Assert.True((await anonymous.GetAsync("/probe")).IsSuccessStatusCode, "the probe page is not mapped");
        var (root, _) = await ApiDocument.GetAsync(anonymous);

        var operations = ApiDocument.Operations(root);
        Assert.Contains("GET /api/probe/records/{id}", operations);
        Assert.Contains("POST /api/probe/records", operations);
        Assert.DoesNotContain(operations, o => o.EndsWith(" /probe", StringComparison.Ordinal));
        var get = ApiDocument.Operation(root, "GET", "/api/probe/records/{id}").GetProperty("responses");
        foreach (var code in new[] { "200", "401", "403", "404" })
        {
            Assert.True(get.TryGetProperty(code, out _), code);
        }

        Assert.True(ApiDocument.Operation(root, "POST", "/api/probe/records").GetProperty("responses").GetProperty("409").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.Empty(ApiDocument.AppApiEndpoints(_factory.Services).Except(operations));
    }
}
