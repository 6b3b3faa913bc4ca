namespace Intranet.Core.Tenants;

/// <summary>
/// Read side of the tenant registry: the current resolution snapshot. The Tenants module owns the store and
/// swaps the snapshot after every change.
/// </summary>
public interface ITenantRegistry
{
    TenantTable Table { get; }

    /// <summary>Re-reads the store and swaps the snapshot.</summary>
    Task ReloadAsync(CancellationToken cancellationToken = default);
}
