using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Data;

internal sealed class TenantDataMigrator : ITenantDataMigrator
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IEnumerable<TenantDataDescriptor> _descriptors;
    private readonly ITenantAccessor _accessor;
    private readonly DatabaseProviders _providers;

    public TenantDataMigrator(IServiceScopeFactory scopes, IEnumerable<TenantDataDescriptor> descriptors, ITenantAccessor accessor, DatabaseProviders providers)
    {
        _scopes = scopes;
        _descriptors = descriptors;
        _accessor = accessor;
        _providers = providers;
    }

    public async Task MigrateAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        // Every context of the tenant under one lock: a node starting beside another waits, then finds nothing to do.
        await using var migrationLock = await _providers.For(tenant).AcquireMigrationLockAsync(tenant, cancellationToken);
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
