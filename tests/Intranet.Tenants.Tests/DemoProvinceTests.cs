using Intranet.Core.Tenants;
using Intranet.Testing;

namespace Intranet.Tenants.Tests;

/// <summary>A first start with the demo province: the host recipe, then the demo's tenant steps, each department set up from the department recipe plus its inline steps.</summary>
public sealed class DemoProvinceTests : IClassFixture<DemoProvinceTests.DemoFactory>
{
    private readonly DemoFactory _factory;

    public DemoProvinceTests(DemoFactory factory) => _factory = factory;

    [Fact]
    public void FirstStart_WithTheDemoRecipe_CreatesItsDepartmentsRunning()
    {
        var table = _factory.Table();

        Assert.Equal(TenantState.Running, table.Host.State);
        foreach (var name in new[] { "van-phong-ubnd", "so-tttt", "so-noi-vu", "so-tai-chinh", "ubnd-huyen-tan-phu", "ubnd-xa-tan-hoa" })
        {
            var tenant = table.FindByName(name);
            Assert.NotNull(tenant);
            Assert.Equal(TenantState.Running, tenant.State);
            Assert.Equal(name, tenant.RequestUrlPrefix);
            Assert.Equal("Department", tenant.Theme);
            Assert.True(tenant.IsFeatureEnabled("Intranet.Site"));
        }
    }

    public sealed class DemoFactory : IntranetFactory
    {
        protected override string DemoRecipe => "demo-province";
    }
}
