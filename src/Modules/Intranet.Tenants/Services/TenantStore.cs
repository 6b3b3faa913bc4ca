using Intranet.Core.Modules;
using Intranet.Core.Tenants;
using Intranet.Tenants.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Tenants.Services;

/// <summary>
/// Reads and writes tenant rows in the host database. Every call uses its own DI scope, so registry writes
/// never join a recipe's data transaction: the row must be visible (Initializing) while the recipe runs, and
/// must go when the recipe fails.
/// </summary>
public sealed class TenantStore
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ModuleCatalog _catalog;

    public TenantStore(IServiceScopeFactory scopes, ModuleCatalog catalog)
    {
        _scopes = scopes;
        _catalog = catalog;
    }

    public async Task<List<Tenant>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        var rows = await db.Tenants.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(ToTenant)];
    }

    public async Task<Tenant?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        var row = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        return row is null ? null : ToTenant(row);
    }

    public async Task InsertAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        var row = new TenantRecord();
        TenantMapper.CopyTo(tenant, row);
        db.Tenants.Add(row);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UpdateAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        var row = await db.Tenants.FirstOrDefaultAsync(t => t.Name == tenant.Name, cancellationToken)
            ?? throw TenantOperationException.NotFound(tenant.Name);
        TenantMapper.CopyTo(tenant, row);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        await db.Tenants.Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Department tenants, searched, sorted and paged in SQL (the host is not listed).</summary>
    public async Task<TenantPage> QueryAsync(TenantQuery query, CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenantsDbContext>();
        var rows = db.Tenants.AsNoTracking().Where(t => t.Name != Tenant.DefaultName);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Every word must appear somewhere, in any order: "tai chinh" finds "Sở Tài chính".
            foreach (var word in SearchText.Fold(query.Search).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
            {
                var pattern = "%" + EscapeLike(word) + "%";
                rows = rows.Where(t => EF.Functions.Like(t.SearchText, pattern, "\\"));
            }
        }

        var total = await rows.CountAsync(cancellationToken);
        rows = (query.SortKey, query.Descending) switch
        {
            ("displayName", false) => rows.OrderBy(t => t.DisplayName).ThenBy(t => t.Name),
            ("displayName", true) => rows.OrderByDescending(t => t.DisplayName).ThenBy(t => t.Name),
            ("prefix", false) => rows.OrderBy(t => t.Prefix).ThenBy(t => t.Name),
            ("prefix", true) => rows.OrderByDescending(t => t.Prefix).ThenBy(t => t.Name),
            ("created", false) => rows.OrderBy(t => t.CreatedUtc).ThenBy(t => t.Name),
            ("created", true) => rows.OrderByDescending(t => t.CreatedUtc).ThenBy(t => t.Name),
            ("state", false) => rows.OrderBy(t => t.State).ThenBy(t => t.Name),
            ("state", true) => rows.OrderByDescending(t => t.State).ThenBy(t => t.Name),
            (_, true) => rows.OrderByDescending(t => t.Name),
            _ => rows.OrderBy(t => t.Name),
        };
        var page = await rows.Skip((query.SafePage - 1) * query.SafePageSize).Take(query.SafePageSize).ToListAsync(cancellationToken);
        return new TenantPage([.. page.Select(ToTenant)], total, query.SafePage, query.SafePageSize);
    }

    private Tenant ToTenant(TenantRecord row)
    {
        var isHost = row.Name == Tenant.DefaultName;
        return TenantMapper.ToTenant(row, _catalog.Normalize(TenantMapper.Split(row.Features), isHost));
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
