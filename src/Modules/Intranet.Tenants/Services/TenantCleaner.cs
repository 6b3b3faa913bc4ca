using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Intranet.Tenants.Services;

/// <summary>Deletes what a tenant leaves on disk and in the registry: its row, its database, its site folder.</summary>
public sealed class TenantCleaner
{
    private readonly TenantStore _store;
    private readonly TenantRegistry _registry;
    private readonly DatabaseProviders _providers;
    private readonly TenantPaths _paths;
    private readonly ILogger<TenantCleaner> _logger;

    public TenantCleaner(TenantStore store, TenantRegistry registry, DatabaseProviders providers, TenantPaths paths, ILogger<TenantCleaner> logger)
    {
        _store = store;
        _registry = registry;
        _providers = providers;
        _paths = paths;
        _logger = logger;
    }

    public async Task DeleteEverythingAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        // Out of the snapshot first: no new request reaches a tenant being deleted.
        _registry.Remove(tenant.Name);
        await _providers.For(tenant).DeleteDatabaseAsync(tenant, cancellationToken);
        await DeleteFolderAsync(_paths.SiteFolder(tenant));
        await _store.DeleteAsync(tenant.Name, cancellationToken);
    }

    private async Task DeleteFolderAsync(string folder)
    {
        for (var attempt = 1; System.IO.Directory.Exists(folder); attempt++)
        {
            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (IOException ex) when (attempt < 5)
            {
                // A file still held by a pooled connection or an index reader that is closing.
                _logger.LogDebug(ex, "Retrying deletion of {Folder}", folder);
                SqliteConnection.ClearAllPools();
                await Task.Delay(100 * attempt);
            }
        }
    }
}
