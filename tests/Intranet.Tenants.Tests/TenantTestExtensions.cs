using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Intranet.Tenants.Services;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Tenants.Tests;

public static class TenantTestExtensions
{
    public static TenantManager Manager(this IntranetFactory factory) => factory.Services.GetRequiredService<TenantManager>();

    public static TenantStore Store(this IntranetFactory factory) => factory.Services.GetRequiredService<TenantStore>();

    public static FeatureManager Features(this IntranetFactory factory) => factory.Services.GetRequiredService<FeatureManager>();

    public static TenantTable Table(this IntranetFactory factory) => factory.Services.GetRequiredService<ITenantRegistry>().Table;

    public static string SiteFolder(this IntranetFactory factory, string tenant) => factory.Services.GetRequiredService<TenantPaths>().SiteFolder(tenant);

    /// <summary>A department from the shipped department recipe, reached by the prefix equal to its name.</summary>
    public static Task<Tenant> CreateDepartmentAsync(this IntranetFactory factory, string? name = null, IReadOnlyList<string>? hosts = null, string? prefix = "") =>
        factory.Manager().CreateAsync(NewRequest(name ??= ApiClientExtensions.NewTenantName(), hosts, prefix == "" ? name : prefix), "department");

    public static TenantRequest NewRequest(string name, IReadOnlyList<string>? hosts = null, string? prefix = "") =>
        new(name, "Sở Thử nghiệm " + name, prefix == "" ? name : prefix, hosts ?? []);

    /// <summary>Whether the host database still has the tenant's row.</summary>
    public static async Task<bool> HasRowAsync(this IntranetFactory factory, string name) =>
        await factory.Services.GetRequiredService<TenantStore>().FindAsync(name) is not null;
}
