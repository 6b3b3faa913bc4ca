using Intranet.Core.Audit;
using Intranet.Core.Modules;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Validation;
using Intranet.Users.Models;
using Intranet.Users.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>The current tenant's roles and their permissions (ManageRoles). Standard roles can be changed and reset to their defaults; others created and deleted.</summary>
public sealed class RoleAdministration
{
    private readonly UsersDbContext _db;
    private readonly PermissionCatalog _catalog;
    private readonly IEnumerable<IPermissionProvider> _providers;
    private readonly ModuleCatalog _modules;
    private readonly AuditRecorder _audit;

    public RoleAdministration(UsersDbContext db, PermissionCatalog catalog, IEnumerable<IPermissionProvider> providers, ModuleCatalog modules, AuditRecorder audit)
    {
        _db = db;
        _catalog = catalog;
        _providers = providers;
        _modules = modules;
        _audit = audit;
    }

    /// <summary>Every permission, grouped by the module that declares it, for the role editor.</summary>
    public IReadOnlyList<(string Module, IReadOnlyList<Permission> Permissions)> PermissionsByModule() =>
        [.. _providers
            .Select(p => (Module: _modules.FeatureOf(p.GetType())?.Module.Name ?? p.GetType().Assembly.GetName().Name ?? "", Permissions: p.GetPermissions().ToList()))
            .GroupBy(x => x.Module, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Permission>)[.. g.SelectMany(x => x.Permissions).DistinctBy(p => p.Name).OrderBy(p => p.Name, StringComparer.Ordinal)]))];

    public async Task<IReadOnlyList<RoleRow>> ListAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        var stored = await _db.TenantRoles.AsNoTracking().Where(r => r.TenantName == tenant.Name).ToListAsync(cancellationToken);
        var memberships = await _db.Memberships.AsNoTracking().Where(m => m.TenantName == tenant.Name).Select(m => m.Roles).ToListAsync(cancellationToken);
        int Members(string role) => memberships.Count(r => r.Contains(role));
        var rows = new List<RoleRow>();
        foreach (var name in StandardRoles.All)
        {
            var row = stored.FirstOrDefault(r => r.Name == name);
            var permissions = row?.Permissions ?? (_catalog.DefaultGrants.TryGetValue(name, out var d) ? [.. d.Order(StringComparer.Ordinal)] : []);
            rows.Add(new RoleRow(name, row?.Description, permissions, IsStandard: true, IsCustomized: row is not null, Members(name)));
        }

        rows.AddRange(stored.Where(r => !StandardRoles.All.Contains(r.Name)).OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new RoleRow(r.Name, r.Description, r.Permissions, IsStandard: false, IsCustomized: true, Members(r.Name))));
        return rows;
    }

    public async Task<RoleRow?> FindAsync(Tenant tenant, string name, CancellationToken cancellationToken = default) =>
        (await ListAsync(tenant, cancellationToken)).FirstOrDefault(r => r.Name == name);

    /// <summary>Creates or replaces a role's permissions in the tenant.</summary>
    public async Task SaveAsync(Tenant tenant, string? name, string? description, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default)
    {
        if (!RoleNames.IsValid(name))
        {
            throw new AccountException("Tên vai trò không hợp lệ (chữ, số, '-', '_', '.'; tối đa 64 ký tự).");
        }

        var unknown = permissions.Where(p => _catalog.Find(p) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new AccountException($"Không có quyền: {string.Join(", ", unknown)}.");
        }

        if (description is { Length: > 200 })
        {
            throw new AccountException("Mô tả dài tối đa 200 ký tự.");
        }

        if (NameRule.Check(description, "Mô tả vai trò") is { } invalidDescription)
        {
            throw new AccountException(invalidDescription);
        }

        var sorted = permissions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var role = await _db.TenantRoles.FirstOrDefaultAsync(r => r.TenantName == tenant.Name && r.Name == name, cancellationToken);
        if (role is null)
        {
            _db.TenantRoles.Add(new TenantRole { TenantName = tenant.Name, Name = name!, Description = description, Permissions = sorted });
        }
        else
        {
            role.Permissions = sorted;
            role.Description = description;
        }

        await SaveOrConflictAsync(cancellationToken);
        await _audit.RecordAsync(new AuditEvent("role", role is null ? "created" : "updated", name, "permissions=" + string.Join(",", sorted)) { TenantName = tenant.Name }, cancellationToken);
    }

    /// <summary>Deletes a tenant's own role, or resets a standard role to the modules' defaults.</summary>
    public async Task<bool> DeleteAsync(Tenant tenant, string name, CancellationToken cancellationToken = default)
    {
        var role = await _db.TenantRoles.FirstOrDefaultAsync(r => r.TenantName == tenant.Name && r.Name == name, cancellationToken);
        if (role is null)
        {
            return false;
        }

        _db.TenantRoles.Remove(role);
        await SaveOrConflictAsync(cancellationToken);
        await _audit.RecordAsync(new AuditEvent("role", StandardRoles.All.Contains(name) ? "reset" : "deleted", name) { TenantName = tenant.Name }, cancellationToken);
        return true;
    }

    /// <summary>
    /// Another request created the same role between our read and our write (UNIQUE on tenant + name), or deleted or
    /// changed the row we read (no row affected): a conflict for the user to retry, not a server error.
    /// </summary>
    private async Task SaveOrConflictAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            _db.ChangeTracker.Clear();
            throw new RoleConflictException(RoleConflictException.DefaultMessage, ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            _db.ChangeTracker.Clear();
            throw new RoleConflictException(RoleConflictException.DefaultMessage, ex);
        }
    }
}
