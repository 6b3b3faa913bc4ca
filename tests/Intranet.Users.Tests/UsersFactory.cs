using Intranet.Core.Accounts;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Tests;

/// <summary>The whole host on a fresh App_Data, with a listener that records every account event.</summary>
public class UsersFactory : IntranetFactory
{
    /// <summary>What every account event handler was told.</summary>
    public RecordingAccountEvents Events { get; } = new();

    /// <summary>A department tenant, created through POST /api/tenants like an administrator's script would.</summary>
    public async Task<string> AddTenantAsync(string name)
    {
        using var admin = await this.CreateAdminApiClientAsync();
        await admin.CreateTenantAsync(name);
        return name;
    }

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Events);
            services.AddSingleton<IAccountEventHandler>(Events);
        });
        ConfigureMore(builder);
    }

    protected virtual void ConfigureMore(IWebHostBuilder builder)
    {
    }
}
