using Intranet.Core.Tenants;

namespace Intranet.Core.Tests.Tenants;

public sealed class TenantTableTests
{
    private static readonly Tenant Host = T(Tenant.DefaultName, null);

    private static readonly TenantTable Table = new(Host,
    [
        T("so-tttt", "so-tttt"),
        T("so-noi-vu", null, "sonoivu.tinh.gov.vn"),
        T("so-tai-chinh", "tc", "portal.tinh.gov.vn"),
        T("removed", "removed") with { State = TenantState.Removed },
    ]);

    [Fact]
    public void Resolve_ByPrefix_ConsumesTheSegment()
    {
        var tenant = Table.Resolve("intranet.tinh.gov.vn", "so-tttt", out var consumed);
        Assert.Equal("so-tttt", tenant.Name);
        Assert.True(consumed);
    }

    [Fact]
    public void Resolve_ByHostName_KeepsThePath()
    {
        var tenant = Table.Resolve("SONOIVU.tinh.gov.vn", "tin-tuc", out var consumed);
        Assert.Equal("so-noi-vu", tenant.Name);
        Assert.False(consumed);
    }

    [Fact]
    public void Resolve_HostWithPort_MatchesTenantRegisteredWithoutPort()
    {
        Assert.Equal("so-noi-vu", Table.Resolve("sonoivu.tinh.gov.vn:8080", null, out _).Name);
        Assert.Equal("so-tttt", Table.Resolve("localhost:5080", "so-tttt", out _).Name);
    }

    [Fact]
    public void Resolve_HostAndPrefix_WinsOverHostOrPrefixAlone()
    {
        Assert.Equal("so-tai-chinh", Table.Resolve("portal.tinh.gov.vn", "tc", out _).Name);
        // The same prefix on another host is not that tenant: it is only reachable on its host.
        Assert.True(Table.Resolve("intranet.tinh.gov.vn", "tc", out _).IsHost);
    }

    [Fact]
    public void Resolve_Unknown_FallsBackToHost()
    {
        var tenant = Table.Resolve("intranet.tinh.gov.vn", "admin", out var consumed);
        Assert.True(tenant.IsHost);
        Assert.False(consumed);
    }

    [Fact]
    public void Resolve_RemovedTenant_IsNotReachable()
    {
        Assert.True(Table.Resolve("x", "removed", out _).IsHost);
        Assert.Null(Table.FindByName("removed"));
    }

    [Theory]
    [InlineData("so-tttt", true)]
    [InlineData("ubnd-huyen-a", true)]
    [InlineData("So-TTTT", false)]
    [InlineData("1abc", false)]
    [InlineData("a", false)]
    [InlineData("ab--c", false)]
    [InlineData("sở-tttt", false)]
    [InlineData("a-", false)]
    public void IsValidName(string name, bool valid) => Assert.Equal(valid, TenantNames.IsValidName(name));

    [Theory]
    [InlineData("sotttt.tinh.gov.vn", true)]
    [InlineData("localhost:5080", false)]
    [InlineData("portal.tinh.gov.vn:8443", true)]
    [InlineData("bad_host.gov.vn", false)]
    [InlineData("-bad.gov.vn", false)]
    [InlineData("http://x.gov.vn", false)]
    public void IsValidHostName(string host, bool valid) => Assert.Equal(valid, TenantNames.IsValidHostName(host));

    [Theory]
    [InlineData("admin")]
    [InlineData("API")]
    [InlineData("healthz")]
    [InlineData("lib")]
    public void ReservedPrefixes_AreRefused(string prefix) => Assert.True(TenantNames.IsReservedPrefix(prefix));

    private static Tenant T(string name, string? prefix, params string[] hosts) => new()
    {
        Name = name,
        DisplayName = name,
        RequestUrlPrefix = prefix,
        RequestUrlHosts = hosts.Select(h => h.ToLowerInvariant()).ToList(),
        State = TenantState.Running,
    };
}
