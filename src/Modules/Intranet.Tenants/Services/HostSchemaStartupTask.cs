using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Intranet.Core.Modules;

namespace Intranet.Tenants.Services;

/// <summary>Order 0: applies every host-database migration (accounts, the tenant registry, mail…) before anything reads them.</summary>
public sealed class HostSchemaStartupTask : IStartupTask
{
    private readonly ITenantDataMigrator _migrator;
    private readonly IHostTenantProvider _host;
    private readonly ModuleCatalog _catalog;

    public HostSchemaStartupTask(ITenantDataMigrator migrator, IHostTenantProvider host, ModuleCatalog catalog)
    {
        _migrator = migrator;
        _host = host;
        _catalog = catalog;
    }

    public int Order => 0;

    // Host-only contexts migrate whatever the host's features; the always-on ones are all that is known before the registry loads.
    public Task RunAsync(CancellationToken cancellationToken) =>
        _migrator.MigrateAsync(_host.Host with { EnabledFeatures = _catalog.Normalize([], isHost: true) }, cancellationToken);
}
