using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Intranet.Core.Modules;
using Intranet.Core.Tenants;
using Microsoft.Extensions.Logging;

namespace Intranet.Tenants.Services;

/// <summary>
/// Order 100: loads the registry, creating the host's row on the very first start. A department left
/// Initializing by a crash mid-setup is deleted (setup is all or nothing), and every live tenant's schema is
/// brought up to date, so an upgrade's new migrations apply before the first request.
/// </summary>
public sealed class RegistryStartupTask : IStartupTask
{
    private readonly TenantStore _store;
    private readonly TenantRegistry _registry;
    private readonly TenantCleaner _cleaner;
    private readonly ITenantDataMigrator _migrator;
    private readonly IHostTenantProvider _host;
    private readonly ModuleCatalog _catalog;
    private readonly ILogger<RegistryStartupTask> _logger;

    public RegistryStartupTask(TenantStore store, TenantRegistry registry, TenantCleaner cleaner, ITenantDataMigrator migrator, IHostTenantProvider host, ModuleCatalog catalog, ILogger<RegistryStartupTask> logger)
    {
        _store = store;
        _registry = registry;
        _cleaner = cleaner;
        _migrator = migrator;
        _host = host;
        _catalog = catalog;
        _logger = logger;
    }

    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(Tenant.DefaultName, cancellationToken) is null)
        {
            await _store.InsertAsync(_host.Host with
            {
                State = TenantState.Uninitialized,
                EnabledFeatures = _catalog.Normalize([], isHost: true),
                CreatedUtc = DateTime.UtcNow,
                Description = "Cấp tỉnh: tài khoản, danh bạ toàn tỉnh, thư công vụ, sổ đăng ký đơn vị.",
            }, cancellationToken);
        }

        await _registry.ReloadAsync(cancellationToken);
        foreach (var stale in (await _store.AllAsync(cancellationToken)).Where(t => t.State == TenantState.Initializing && !t.IsHost))
        {
            _logger.LogWarning("Tenant {Tenant} was left half set up by an earlier run; deleting it", stale.Name);
            await _cleaner.DeleteEverythingAsync(stale, cancellationToken);
        }

        await _migrator.MigrateAsync(_registry.Table.Host, cancellationToken);
        foreach (var tenant in _registry.Table.Tenants)
        {
            await _migrator.MigrateAsync(tenant, cancellationToken);
        }
    }
}
