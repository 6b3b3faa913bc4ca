using System.Net;
using System.Security.Claims;
using Intranet.Core.Navigation;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Tenants.Tests;

/// <summary>Features per tenant: dependencies come along, dependents go, a disabled feature's pages answer 404 and its menu entries disappear.</summary>
public sealed class FeatureGateTests : IClassFixture<TenantsTestFactory>
{
    private readonly TenantsTestFactory _factory;

    public FeatureGateTests(TenantsTestFactory factory) => _factory = factory;

    [Fact]
    public async Task Enable_AFeature_EnablesItsDependencyAndShowsItsPageAndMenuEntry()
    {
        var tenant = await _factory.CreateDepartmentAsync();

        var (change, updated) = await _factory.Features().EnableAsync(tenant, [TestFeatures.Reports]);
        using var client = _factory.CreateClient();

        Assert.True(change.Succeeded);
        Assert.Equal([TestFeatures.Charts, TestFeatures.Reports], change.Enabled);
        Assert.True(_factory.Table().FindByName(tenant.Name)!.IsFeatureEnabled(TestFeatures.Charts));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{tenant.Name}/test-reports")).StatusCode);
        Assert.Contains("Báo cáo", await SiteMenuAsync(updated));
    }

    [Fact]
    public async Task Disable_ADependency_DisablesItsDependent_ThePageIs404AndTheMenuEntryGone()
    {
        var tenant = await _factory.CreateDepartmentAsync();
        (_, tenant) = await _factory.Features().EnableAsync(tenant, [TestFeatures.Reports]);

        var (change, updated) = await _factory.Features().DisableAsync(tenant, [TestFeatures.Charts]);
        using var client = _factory.CreateClient();

        Assert.True(change.Succeeded);
        Assert.Equal([TestFeatures.Charts, TestFeatures.Reports], change.Disabled);
        Assert.False(updated.IsFeatureEnabled(TestFeatures.Reports));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{tenant.Name}/test-reports")).StatusCode);
        Assert.DoesNotContain("Báo cáo", await SiteMenuAsync(updated));
        Assert.False((await _factory.Store().FindAsync(tenant.Name))!.IsFeatureEnabled(TestFeatures.Reports));
    }

    [Fact]
    public async Task Disable_TheSiteModule_TakesTheDepartmentHomePageDown()
    {
        var tenant = await _factory.CreateDepartmentAsync();
        using var client = _factory.CreateClient();
        var before = await client.GetAsync($"/{tenant.Name}/");

        await _factory.Features().DisableAsync(tenant, ["Intranet.Site"]);
        var after = await client.GetAsync($"/{tenant.Name}/");

        Assert.NotEqual(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Enable_AHostOnlyFeatureInADepartment_IsRefusedAndChangesNothing()
    {
        var tenant = await _factory.CreateDepartmentAsync();

        var (province, _) = await _factory.Features().EnableAsync(tenant, [TestFeatures.ProvinceOnly]);
        var (tenants, unchanged) = await _factory.Features().EnableAsync(tenant, ["Intranet.Tenants"]);

        Assert.False(province.Succeeded);
        Assert.Contains("chỉ dùng ở cấp tỉnh", province.Error);
        Assert.False(tenants.Succeeded);
        Assert.Equal(tenant.EnabledFeatures.Order(), unchanged.EnabledFeatures.Order());
    }

    [Fact]
    public async Task Disable_AnAlwaysOnFeature_IsRefused()
    {
        var tenant = await _factory.CreateDepartmentAsync();

        var (change, _) = await _factory.Features().DisableAsync(tenant, ["Intranet.Users"]);

        Assert.False(change.Succeeded);
        Assert.Contains("luôn bật", change.Error);
    }

    private async Task<List<string>> SiteMenuAsync(Tenant tenant)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var menu = await scope.ServiceProvider.GetRequiredService<NavigationManager>().BuildAsync(Menus.Site, tenant, new ClaimsPrincipal(new ClaimsIdentity()));
        return [.. menu.Select(m => m.Text)];
    }
}
