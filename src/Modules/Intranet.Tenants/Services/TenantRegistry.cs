using Intranet.Core.Data;
using Intranet.Core.Tenants;

namespace Intranet.Tenants.Services;

/// <summary>
/// The resolution snapshot. Readers take <see cref="Table"/> without locking; writers build a new
/// <see cref="TenantTable"/> and swap it whole, so a request never sees half a change.
/// </summary>
public sealed class TenantRegistry : ITenantRegistry
{
    private readonly TenantStore _store;
    private readonly IHostTenantProvider _hostProvider;
    private readonly Lock _writers = new();
    private volatile TenantTable _table;

    public TenantRegistry(TenantStore store, IHostTenantProvider hostProvider)
    {
        _store = store;
        _hostProvider = hostProvider;
        _table = new TenantTable(hostProvider.Host, []);
    }

    public TenantTable Table => _table;

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        var all = await _store.AllAsync(cancellationToken);
        var host = all.FirstOrDefault(t => t.IsHost);
        lock (_writers)
        {
            _table = new TenantTable(WithHostConnection(host), all.Where(t => !t.IsHost));
        }
    }

    /// <summary>Puts one tenant's new version in the snapshot (or the host's).</summary>
    public void Upsert(Tenant tenant)
    {
        lock (_writers)
        {
            var current = _table;
            _table = tenant.IsHost
                ? new TenantTable(WithHostConnection(tenant), current.Tenants)
                : new TenantTable(current.Host, current.Tenants.Where(t => !string.Equals(t.Name, tenant.Name, StringComparison.OrdinalIgnoreCase)).Append(tenant));
        }
    }

    public void Remove(string name)
    {
        lock (_writers)
        {
            var current = _table;
            _table = new TenantTable(current.Host, current.Tenants.Where(t => !string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)));
        }
    }

    /// <summary>The host's database settings come from configuration, never from its own row.</summary>
    private Tenant WithHostConnection(Tenant? host)
    {
        var configured = _hostProvider.Host;
        return host is null
            ? configured
            : host with { DatabaseProvider = configured.DatabaseProvider, ConnectionString = configured.ConnectionString };
    }
}
