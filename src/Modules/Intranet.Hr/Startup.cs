using Intranet.Core.Data;
using Intranet.Core.Navigation;
using Intranet.Core.Security;
using Intranet.Hr.Models;
using Intranet.Hr.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr;

/// <summary>
/// Registers both features' services once (one container; tenants are data). The records live in each department's
/// database where <see cref="HrFeatures.Department"/> is on; code lists and roll-ups at the host.
/// </summary>
public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<HrDbContext>(HrFeatures.Department);
        services.AddScoped<HrAccess>();
        services.AddHrRules();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddHrRecords();
        services.AddHrTransfer();
        services.AddHrIo();
        services.AddHrWork();
    }
}
