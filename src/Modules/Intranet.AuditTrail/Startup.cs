using Intranet.AuditTrail.Services;
using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Intranet.Core.Navigation;
using Intranet.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.AuditTrail;

public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public const string FeatureId = "Intranet.AuditTrail";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddTenantDbContext<AuditDbContext>(FeatureId);
        services.AddScoped<IAuditTrail, HashChainAuditTrail>();
        services.AddScoped<AuditChains>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<AuditQuery>();
        services.AddCliCommand<AuditCliCommand>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
