using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module DbContext whose tables live in every tenant's own database where
    /// <paramref name="featureId"/> is enabled. The context binds to the current tenant when it is created.
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services, string featureId)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            var tenant = sp.GetRequiredService<ITenantAccessor>().Required;
            ConfigureFor<TContext>(sp, options, tenant);
        });
        services.AddSingleton(new TenantDataDescriptor(typeof(TContext), featureId, HostOnly: false));
        return services;
    }

    /// <summary>Registers a module DbContext whose tables live only in the host (province) database.</summary>
    public static IServiceCollection AddHostDbContext<TContext>(this IServiceCollection services, string featureId)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            var host = sp.GetRequiredService<IHostTenantProvider>().Host;
            ConfigureFor<TContext>(sp, options, host);
        });
        services.AddSingleton(new TenantDataDescriptor(typeof(TContext), featureId, HostOnly: true));
        return services;
    }

    internal static void ConfigureFor<TContext>(IServiceProvider services, DbContextOptionsBuilder options, Tenant tenant)
    {
        var providers = services.GetRequiredService<DatabaseProviders>();
        if (services.GetService<DataTransactionScope>() is { IsActive: true } scope)
        {
            // Join the scope's shared connection; ModuleDbContext enlists in its transaction.
            providers.For(tenant).Configure(options, scope.For(tenant).Connection, tenant, typeof(TContext));
        }
        else
        {
            providers.Configure(options, tenant, typeof(TContext));
        }
    }
}
