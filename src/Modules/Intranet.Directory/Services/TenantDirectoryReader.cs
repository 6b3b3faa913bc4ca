using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// Opens a department's directory database from anywhere (the host's province pages, the index rebuild, account
/// events): enters the tenant, then creates a scope so the DbContext binds to that tenant's database.
/// </summary>
public sealed class TenantDirectoryReader
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;
    private readonly ITenantRegistry _registry;

    public TenantDirectoryReader(IServiceScopeFactory scopes, ITenantAccessor tenants, ITenantRegistry registry)
    {
        _scopes = scopes;
        _tenants = tenants;
        _registry = registry;
    }

    /// <summary>Running departments where the directory is on.</summary>
    public IEnumerable<Tenant> DirectoryTenants() =>
        _registry.Table.Tenants.Where(IsDirectoryTenant);

    public static bool IsDirectoryTenant(Tenant tenant) =>
        !tenant.IsHost && tenant.State == TenantState.Running && tenant.IsFeatureEnabled(DirectoryFeatures.Department);

    /// <summary>A running directory department by name (URL segment), or null.</summary>
    public Tenant? Find(string? name) =>
        string.IsNullOrEmpty(name) ? null : _registry.Table.FindByName(name) is { } t && IsDirectoryTenant(t) ? t : null;

    public async Task<T> ReadAsync<T>(Tenant tenant, Func<DirectoryDbContext, Task<T>> read)
    {
        using (_tenants.Enter(tenant))
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            return await read(db);
        }
    }

    /// <summary>Runs work with the department's <see cref="DirectoryStore"/> in its own scope.</summary>
    public async Task<T> WithStoreAsync<T>(Tenant tenant, Func<DirectoryStore, Task<T>> work)
    {
        using (_tenants.Enter(tenant))
        {
            await using var scope = _scopes.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<DirectoryStore>());
        }
    }
}
