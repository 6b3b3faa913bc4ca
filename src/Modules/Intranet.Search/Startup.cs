using Intranet.Core.Hosting;
using Intranet.Core.Navigation;
using Intranet.Core.Security;
using Intranet.Search.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Search;

public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<SearchIndexManager>();
        services.AddSingleton<SearchIndexRebuilder>();
        services.AddStartupTask<SearchIndexStartupTask>();
        services.AddHostedService<IdleIndexCloser>();
        services.AddCliCommand<SearchCliCommand>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
