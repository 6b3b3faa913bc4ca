using Intranet.Core.Data;
using Intranet.Core.Modules;
using Intranet.Core.Tenants;

namespace Intranet.Users.Tests;

/// <summary>
/// Used only while the Tenants module is absent from the build (it registers the real registry, and then this
/// one is not added): the host tenant with every host feature on, plus department tenants a test adds in memory.
/// Memberships and roles live in the host database either way, which is what these tests exercise.
/// </summary>
internal sealed class StandInTenantRegistry : ITenantRegistry
{
    private readonly ModuleCatalog _catalog;
    private readonly Tenant _host;
    private readonly List<Tenant> _tenants = [];

    public StandInTenantRegistry(ModuleCatalog catalog, IHostTenantProvider host)
    {
        _catalog = catalog;
        _host = host.Host with { EnabledFeatures = catalog.Normalize(catalog.OrderedFeatures.Select(f => f.Id), isHost: true) };
        Table = new TenantTable(_host, []);
    }

    public TenantTable Table { get; private set; }

    public Task ReloadAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Tenant Add(string name)
    {
        var tenant = new Tenant
        {
            Name = name,
            DisplayName = "Đơn vị " + name,
            RequestUrlPrefix = name,
            State = TenantState.Running,
            EnabledFeatures = _catalog.Normalize([], isHost: false),
            CreatedUtc = DateTime.UtcNow,
        };
        lock (_tenants)
        {
            _tenants.Add(tenant);
            Table = new TenantTable(_host, _tenants);
        }

        return tenant;
    }
}
