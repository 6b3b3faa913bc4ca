using Intranet.Core.Tenants;

namespace Intranet.Bench.Hr.Rollup;

/// <summary>The tenant registry and accessor the roll-up needs, without the Tenants module.</summary>
public sealed class RollupRegistry(TenantTable table) : ITenantRegistry
{
    public TenantTable Table { get; } = table;

    public Task ReloadAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
