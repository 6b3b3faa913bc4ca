using Intranet.Core.Hosting;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Tenants.Tests;

/// <summary>The <c>tenants</c> command group as a script runs it: exit codes and what it prints.</summary>
public sealed class TenantsCliTests : IClassFixture<TenantsTestFactory>
{
    private readonly TenantsTestFactory _factory;

    public TenantsCliTests(TenantsTestFactory factory) => _factory = factory;

    [Fact]
    public async Task CreateListFeaturesDisableExportRemove_FromTheCommandLine()
    {
        var name = ApiClientExtensions.NewTenantName("cli");
        var file = Path.Combine(_factory.AppData, name + ".json");

        var create = await RunAsync("create", name, "--display-name", "Sở Khoa học và Công nghệ", "--prefix", name, "--recipe", "department");
        var list = await RunAsync("list", name);
        var features = await RunAsync("features", name, "--enable", TestFeatures.Reports);
        var export = await RunAsync("export", name, file);
        var removeRunning = await RunAsync("remove", name);
        var disable = await RunAsync("disable", name);
        var remove = await RunAsync("remove", name);

        Assert.Equal(0, create.Code);
        Assert.Contains("Sở Khoa học và Công nghệ", list.Output);
        Assert.Contains($"[x] {TestFeatures.Charts}", features.Output);
        Assert.Equal(0, export.Code);
        Assert.Contains("\"steps\"", await File.ReadAllTextAsync(file));
        Assert.Equal(1, removeRunning.Code);
        Assert.Contains("tạm dừng", removeRunning.Output);
        Assert.Equal(0, disable.Code);
        Assert.Equal(0, remove.Code);
        Assert.Null(_factory.Table().FindByName(name));
    }

    [Fact]
    public async Task Create_WithAReservedPrefix_FailsWithAMessage()
    {
        var result = await RunAsync("create", ApiClientExtensions.NewTenantName("cli"), "--display-name", "X", "--prefix", "healthz");

        Assert.Equal(1, result.Code);
        Assert.Contains("dùng riêng", result.Output);
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().Single(c => c.Group == "tenants");
        using var output = new StringWriter();
        var code = await command.RunAsync(args, output, CancellationToken.None);
        return (code, output.ToString());
    }
}
