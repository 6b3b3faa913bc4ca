using Intranet.Core.Modules;

// Features that exist only in these tests, to exercise dependencies and scopes whatever modules are installed.
// TenantsTestFactory adds this assembly to the module catalog; the application's own discovery never sees it.
[assembly: Module("Intranet.Tenants.Tests", "Phân hệ thử nghiệm")]
[assembly: Feature(Intranet.Tenants.Tests.TestFeatures.Charts, "Biểu đồ (thử)")]
[assembly: Feature(Intranet.Tenants.Tests.TestFeatures.Reports, "Báo cáo (thử)", Dependencies = [Intranet.Tenants.Tests.TestFeatures.Charts])]
[assembly: Feature(Intranet.Tenants.Tests.TestFeatures.ProvinceOnly, "Chỉ cấp tỉnh (thử)", Scope = FeatureScope.Host)]

namespace Intranet.Tenants.Tests;

public static class TestFeatures
{
    public const string Charts = "Test.Charts";
    public const string Reports = "Test.Reports";
    public const string ProvinceOnly = "Test.ProvinceOnly";
}
