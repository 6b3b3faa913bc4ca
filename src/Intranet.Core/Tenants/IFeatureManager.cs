using Intranet.Core.Modules;

namespace Intranet.Core.Tenants;

/// <summary>Enables and disables a tenant's features (with dependencies and dependents) and applies the schema.</summary>
public interface IFeatureManager
{
    Task<(FeatureSetChange Change, Tenant Tenant)> EnableAsync(Tenant tenant, IEnumerable<string> featureIds, CancellationToken cancellationToken = default);

    Task<(FeatureSetChange Change, Tenant Tenant)> DisableAsync(Tenant tenant, IEnumerable<string> featureIds, CancellationToken cancellationToken = default);
}
