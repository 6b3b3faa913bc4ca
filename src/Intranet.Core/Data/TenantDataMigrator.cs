using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Data;

internal sealed class TenantDataMigrator : ITenantDataMigrator
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IEnumerable<TenantDataDescriptor> _descriptors;
    private readonly ITenantAccessor _accessor;

    public TenantDataMigrator(IServiceScopeFactory scopes, IEnumerable<TenantDataDescriptor> descriptors, ITenantAccessor accessor)
    {
        _scopes = scopes;
        _descriptors = descriptors;
        _accessor = accessor;
    }

    public async Task MigrateAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        using var enter = _accessor.Enter(tenant);
        await using var scope = _scopes.CreateAsyncScope();
        foreach (var descriptor in _descriptors)
        {
            // Host-only contexts are migrated with the host; tenant contexts wherever their feature is on.
            var applies = descriptor.HostOnly ? tenant.IsHost : tenant.IsFeatureEnabled(descriptor.FeatureId);
            if (!applies)
            {
                continue;
            }

            var context = (DbContext)scope.ServiceProvider.GetRequiredService(descriptor.ContextType);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }
}
