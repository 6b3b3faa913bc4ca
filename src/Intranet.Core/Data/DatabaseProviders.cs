using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Data;

/// <summary>Chooses the provider a tenant names.</summary>
public sealed class DatabaseProviders
{
    private readonly Dictionary<string, IDatabaseProvider> _providers;

    public DatabaseProviders(IEnumerable<IDatabaseProvider> providers) =>
        _providers = providers.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Names => _providers.Keys;

    public IDatabaseProvider For(Tenant tenant) =>
        _providers.TryGetValue(tenant.DatabaseProvider, out var provider)
            ? provider
            : throw new InvalidOperationException($"Unknown database provider '{tenant.DatabaseProvider}'.");

    public bool IsKnown(string name) => _providers.ContainsKey(name);

    public void Configure(DbContextOptionsBuilder options, Tenant tenant, Type contextType) => For(tenant).Configure(options, tenant, contextType);
}
