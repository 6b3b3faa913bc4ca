using Intranet.Core.Accounts;
using Intranet.Core.Data;
using Intranet.Core.Navigation;
using Intranet.Core.OrgUnits;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Recipes;
using Intranet.StaffDirectory.Services;
using Intranet.Search.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.StaffDirectory;

/// <summary>
/// Registers both features' services once (one container; tenants are data). The department tables live in each
/// department's database where <see cref="DirectoryFeatures.Department"/> is on; the province index at the host.
/// </summary>
public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<DirectoryDbContext>(DirectoryFeatures.Department);
        services.AddSingleton<ProvinceIndex>();
        services.AddSingleton<TenantDirectoryReader>();
        services.AddSingleton<DirectoryTransaction>();
        services.AddSingleton<PhotoStore>();
        services.AddSingleton<IOrgUnitDirectory, OrgUnitDirectory>();
        services.AddScoped<IStaffDirectoryTransfers, DirectoryPersonTransfers>();
        services.AddScoped<DirectoryStore>();
        services.AddScoped<DirectoryReaderContext>();
        services.AddScoped<ProvinceDirectory>();
        services.AddScoped<PeopleImporter>();
        services.AddScoped<IAccountEventHandler, DirectoryAccountEvents>();
        services.AddScoped<ITenantEventHandler, DirectoryTenantEvents>();
        services.AddSearchIndexSource<DirectoryIndexSource>();
        services.AddRecipeStep<UnitsStep>();
        services.AddRecipeStep<PeopleStep>();
        services.AddRecipeExport<DirectoryExport>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
