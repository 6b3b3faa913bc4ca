using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Modules;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Tenants.Services;

/// <summary>
/// Turns a tenant's features on and off: enabling brings dependencies along and applies their schema first;
/// disabling takes dependents with it. The new set is saved, then the snapshot swapped, so the next request
/// sees the feature's endpoints and menu entries appear or answer 404.
/// </summary>
public sealed class FeatureManager : IFeatureManager
{
    private readonly ModuleCatalog _catalog;
    private readonly TenantStore _store;
    private readonly TenantRegistry _registry;
    private readonly ITenantDataMigrator _migrator;
    private readonly IServiceScopeFactory _scopes;

    public FeatureManager(ModuleCatalog catalog, TenantStore store, TenantRegistry registry, ITenantDataMigrator migrator, IServiceScopeFactory scopes)
    {
        _catalog = catalog;
        _store = store;
        _registry = registry;
        _migrator = migrator;
        _scopes = scopes;
    }

    public async Task<(FeatureSetChange Change, Tenant Tenant)> EnableAsync(Tenant tenant, IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var current = Latest(tenant);
        var ids = featureIds.ToList();
        if (FeatureRules.CheckEnable(_catalog, ids, current.IsHost, current.DisplayName) is { } error)
        {
            return (FeatureSetChange.Refused(current.EnabledFeatures, error), current);
        }

        var change = _catalog.Enable(current.EnabledFeatures, ids, current.IsHost);
        if (!change.Succeeded)
        {
            return (FeatureSetChange.Refused(current.EnabledFeatures, $"Không bật được: một tính năng cần tính năng khác không dùng được ở đơn vị này ({change.Error})."), current);
        }

        if (change.Enabled.Count == 0)
        {
            return (change, current);
        }

        var updated = current with { EnabledFeatures = change.Features, VersionId = Guid.NewGuid().ToString("N") };

        // Schema before the switch: the first request to a newly enabled feature finds its tables.
        await _migrator.MigrateAsync(updated, cancellationToken);
        await SaveAsync(updated, "enabled", change.Enabled, cancellationToken);
        return (change, updated);
    }

    public async Task<(FeatureSetChange Change, Tenant Tenant)> DisableAsync(Tenant tenant, IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var current = Latest(tenant);
        var ids = featureIds.ToList();
        if (FeatureRules.CheckDisable(_catalog, ids) is { } error)
        {
            return (FeatureSetChange.Refused(current.EnabledFeatures, error), current);
        }

        var change = _catalog.Disable(current.EnabledFeatures, ids);
        if (!change.Succeeded)
        {
            return (FeatureSetChange.Refused(current.EnabledFeatures, $"Không tắt được: một tính năng luôn bật cần tính năng này ({change.Error})."), current);
        }

        if (change.Disabled.Count == 0)
        {
            return (change, current);
        }

        // Tables stay: data of a disabled feature comes back when it is enabled again.
        var updated = current with { EnabledFeatures = change.Features, VersionId = Guid.NewGuid().ToString("N") };
        await SaveAsync(updated, "disabled", change.Disabled, cancellationToken);
        return (change, updated);
    }

    private Tenant Latest(Tenant tenant) =>
        (tenant.IsHost ? _registry.Table.Host : _registry.Table.FindByName(tenant.Name)) ?? throw TenantOperationException.NotFound(tenant.Name);

    private async Task SaveAsync(Tenant updated, string action, IReadOnlyList<string> features, CancellationToken cancellationToken)
    {
        await _store.UpdateAsync(updated, cancellationToken);
        _registry.Upsert(updated);
        await using var scope = _scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IAuditTrail>() is { } audit)
        {
            await audit.RecordAsync(new AuditEvent("feature", action, updated.Name, string.Join(", ", features)) { TenantName = Tenant.DefaultName }, cancellationToken);
        }
    }
}
