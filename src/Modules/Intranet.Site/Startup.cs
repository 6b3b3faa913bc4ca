using Microsoft.Extensions.DependencyInjection.Extensions;
using Intranet.Core.Data;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Site.Recipes;
using Intranet.Site.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Site;

public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public const string FeatureId = "Intranet.Site";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<SiteDbContext>(FeatureId);
        services.AddSingleton<MarkdownRenderer>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SiteCache>();
        services.AddScoped<SiteContent>();
        services.AddScoped<SiteAccess>();
        services.AddRecipeStep<SiteStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddRecipeExport<SiteExportContributor>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
