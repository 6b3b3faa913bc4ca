using Intranet.Cluster.Data;
using Intranet.Cluster.Health;
using Intranet.Cluster.Services;
using Intranet.Core.Cluster;
using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intranet.Cluster;

public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public const string FeatureId = "Intranet.Cluster";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddHostDbContext<ClusterDbContext>(FeatureId);
        services.TryAddSingleton(TimeProvider.System);

        // One key ring for every node, in the host database; the application name is the one the cookies were
        // issued under when the keys lived in App_Data, so they stay valid.
        services.AddDataProtection().SetApplicationName(DataProtectionNames.ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new HostKeyRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        services.AddStartupTask<KeyRingImport>();

        services.AddScoped<IClusterSignals, ClusterSignals>();
        services.AddSingleton<ClusterSignalFeed>();
        services.AddSingleton<IClusterSignalFeed>(sp => sp.GetRequiredService<ClusterSignalFeed>());
        services.AddSingleton<IClusterJobs, ClusterJobs>();
        services.AddSingleton<Readiness>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints) => HealthEndpoints.Map(endpoints);
}
