using System.Net;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Cluster.Tests;

/// <summary>The load balancer's probes: anonymous, JSON, never cached; ready once the host database is up and migrated.</summary>
public sealed class HealthTests : IClassFixture<IntranetFactory>
{
    private readonly IntranetFactory _factory;

    public HealthTests(IntranetFactory factory) => _factory = factory;

    [Fact]
    public async Task Live_AnswersOkToAnAnonymousProbe()
    {
        var response = await _factory.CreateDefaultClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("live", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_ReportsTheDatabaseReachableAndMigrated()
    {
        var response = await _factory.CreateDefaultClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("ok", checks.GetProperty("database").GetString());
        Assert.Equal("ok", checks.GetProperty("migrations").GetString());
        Assert.Equal("ok", checks.GetProperty("started").GetString());
    }
}
