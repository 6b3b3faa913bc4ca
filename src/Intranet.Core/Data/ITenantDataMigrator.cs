using Intranet.Core.Tenants;

namespace Intranet.Core.Data;

/// <summary>Applies the EF Core migrations of every DbContext that belongs to the tenant's enabled features.</summary>
public interface ITenantDataMigrator
{
    Task MigrateAsync(Tenant tenant, CancellationToken cancellationToken = default);
}
