using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Data;

/// <summary>
/// A module context for a named tenant, created in the caller's DI scope. A scoped context binds to the current
/// tenant, so work that writes two departments' databases of the same module in one change (a transfer) needs a
/// second one: this makes it, joined to the scope's shared transaction for that tenant when one is active.
/// The caller disposes it.
/// </summary>
public static class TenantDbContexts
{
    public static TContext Create<TContext>(IServiceProvider scopedServices, Tenant tenant)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        builder.UseApplicationServiceProvider(scopedServices);
        DataServiceCollectionExtensions.ConfigureFor<TContext>(scopedServices, builder, tenant);
        return ActivatorUtilities.CreateInstance<TContext>(scopedServices, builder.Options);
    }
}
