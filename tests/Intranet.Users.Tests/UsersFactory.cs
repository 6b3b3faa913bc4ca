using Intranet.Core.Accounts;
using Intranet.Core.Tenants;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Users.Tests;

/// <summary>The whole host on a fresh App_Data, with a stand-in tenant registry when the Tenants module is not built in.</summary>
public class UsersFactory : IntranetFactory
{
    /// <summary>What every account event handler was told.</summary>
    public RecordingAccountEvents Events { get; } = new();

    public bool HasTenantsModule => Services.GetRequiredService<ITenantRegistry>() is not StandInTenantRegistry;

    /// <summary>A department tenant: through POST /api/tenants when the Tenants module is present, else in the stand-in registry.</summary>
    public async Task<string> AddTenantAsync(string name)
    {
        if (Services.GetRequiredService<ITenantRegistry>() is StandInTenantRegistry standIn)
        {
            standIn.Add(name);
            return name;
        }

        using var admin = await this.CreateAdminApiClientAsync();
        await admin.CreateTenantAsync(name);
        return name;
    }

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.ConfigureTestServices(services =>
        {
            services.TryAddSingleton<ITenantRegistry, StandInTenantRegistry>();
            services.AddSingleton(Events);
            services.AddSingleton<IAccountEventHandler>(Events);
        });
        ConfigureMore(builder);
    }

    protected virtual void ConfigureMore(IWebHostBuilder builder)
    {
    }
}
