using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Tenants.Models;
using Intranet.Tenants.Recipes;
using Intranet.Tenants.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Tenants;

public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddHostDbContext<TenantsDbContext>("Intranet.Tenants");
        services.AddSingleton<TenantStore>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<ITenantRegistry>(sp => sp.GetRequiredService<TenantRegistry>());
        services.AddSingleton<TenantCleaner>();
        services.AddSingleton<TenantExporter>();
        services.AddSingleton<TenantArchiver>();
        services.AddSingleton<RecipeCatalog>();
        services.AddSingleton<TenantManager>();
        services.AddSingleton<FeatureManager>();
        services.AddSingleton<IFeatureManager>(sp => sp.GetRequiredService<FeatureManager>());

        services.AddStartupTask<HostSchemaStartupTask>();
        services.AddStartupTask<RegistryStartupTask>();
        services.AddStartupTask<FirstStartStartupTask>();

        services.AddRecipeStep<FeatureStep>();
        services.AddRecipeStep<ThemeStep>();
        services.AddRecipeStep<TenantStep>();
        services.AddRecipeExport<FeatureExportContributor>();

        services.AddCliCommand<TenantsCliCommand>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
