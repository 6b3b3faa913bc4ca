using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Models.Reference;
using Intranet.Hr.Services.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// The host-side projection the province roll-up counts from (<see cref="HrRollupRow"/>, one narrow row per record):
/// written from a department's database for some records (after their change commits) or for the whole department
/// (missing, or found stale by <see cref="ReconcileAsync"/>). Every node reads the same host database, so every node
/// answers the same counts once a change has committed — no per-process cache.
/// </summary>
public sealed class RollupProjection
{
    // More changed records than this in one commit (an import) and the department is rewritten in one pass.
    private const int MaxIdParameters = 100;

    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;
    private readonly ITenantRegistry _registry;
    private readonly TransferService _departments;
    private readonly ILogger<RollupProjection> _logger;

    public RollupProjection(IServiceScopeFactory scopes, ITenantAccessor tenants, ITenantRegistry registry, TransferService departments, ILogger<RollupProjection> logger)
    {
        _scopes = scopes;
        _tenants = tenants;
        _registry = registry;
        _departments = departments;
        _logger = logger;
    }

    /// <summary>The projection lives in the host's HR tables, which exist only where the province feature is on.</summary>
    public bool Enabled => _registry.Table.Host.IsFeatureEnabled(HrFeatures.Province);

    /// <summary>Rewrites the rows of the given records of a department (null: the whole department) from its database.</summary>
    public async Task RefreshAsync(Tenant tenant, IReadOnlyCollection<int>? ids, DateOnly today, CancellationToken ct)
    {
        if (!Enabled)
        {
            return;
        }

        var few = ids is { Count: <= MaxIdParameters } ? ids.ToList() : null;
        var (rows, marker) = await ReadDepartmentAsync(tenant, few, today, ct);
        await using var scope = _scopes.CreateAsyncScope();
        var host = scope.ServiceProvider.GetRequiredService<HrReferenceDbContext>();
        await using var transaction = await host.Database.BeginTransactionAsync(ct);
        var existing = host.RollupRows.Where(r => r.TenantName == tenant.Name);
        if (few is not null)
        {
            existing = existing.Where(r => few.Contains(r.RecordId));
        }

        await existing.ExecuteDeleteAsync(ct);
        host.RollupRows.AddRange(rows);
        if (few is null)
        {
            // Only a whole rebuild records what it was built from: the reconciliation then rebuilds any department
            // changed since, which catches a change whose projection update was lost (a crash after its commit).
            var department = await host.RollupDepartments.FirstOrDefaultAsync(d => d.TenantName == tenant.Name, ct)
                ?? host.RollupDepartments.Add(new HrRollupDepartment { TenantName = tenant.Name }).Entity;
            department.RecordCount = marker.Count;
            department.LastUpdatedUtc = marker.LastUpdatedUtc;
            department.RefreshedUtc = DateTime.UtcNow;
        }

        await host.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Makes sure every department to be counted has its rows, and that no row's scale has changed since it was
    /// written (a future-dated salary row whose day has come): builds or refreshes those departments first.
    /// </summary>
    public async Task EnsureAsync(IReadOnlyList<Tenant> departments, DateOnly today, CancellationToken ct)
    {
        List<string> built;
        List<(string Tenant, int Id)> due;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var host = scope.ServiceProvider.GetRequiredService<HrReferenceDbContext>();
            built = await host.RollupDepartments.AsNoTracking().Select(d => d.TenantName).ToListAsync(ct);
            due = [.. (await host.RollupRows.AsNoTracking().Where(r => r.ScaleChangesOn != null && r.ScaleChangesOn <= today)
                .Select(r => new { r.TenantName, r.RecordId }).ToListAsync(ct)).Select(r => (r.TenantName, r.RecordId))];
        }

        var names = built.ToHashSet(StringComparer.Ordinal);
        var work = departments.Where(t => !names.Contains(t.Name)).Select(t => (Tenant: t, Ids: (IReadOnlyCollection<int>?)null))
            .Concat(due.GroupBy(d => d.Tenant).Select(g => departments.FirstOrDefault(t => t.Name == g.Key) is { } t && names.Contains(t.Name)
                ? (Tenant: t, Ids: (IReadOnlyCollection<int>?)g.Select(d => d.Id).ToList()) : default)
                .Where(w => w.Tenant is not null))
            .ToList();
        foreach (var (tenant, ids) in work)
        {
            try
            {
                await RefreshAsync(tenant, ids, today, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Counted without it; the roll-up shows the department with an error.
                _logger.LogError(ex, "HR roll-up projection: could not build {Tenant}.", tenant.Name);
            }
        }
    }

    /// <summary>
    /// Compares every HR department's record count and latest update with what its rows were built from, and
    /// rebuilds the departments that differ; drops the rows of departments that no longer have HR. Returns how many
    /// departments were rebuilt.
    /// </summary>
    public async Task<int> ReconcileAsync(DateOnly today, CancellationToken ct)
    {
        if (!Enabled)
        {
            return 0;
        }

        var departments = _departments.Departments();
        Dictionary<string, HrRollupDepartment> built;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var host = scope.ServiceProvider.GetRequiredService<HrReferenceDbContext>();
            built = await host.RollupDepartments.AsNoTracking().ToDictionaryAsync(d => d.TenantName, StringComparer.Ordinal, ct);
            var gone = built.Keys.Except(departments.Select(t => t.Name)).ToList();
            if (gone.Count > 0)
            {
                await host.RollupRows.Where(r => gone.Contains(r.TenantName)).ExecuteDeleteAsync(ct);
                await host.RollupDepartments.Where(d => gone.Contains(d.TenantName)).ExecuteDeleteAsync(ct);
            }
        }

        var rebuilt = 0;
        foreach (var tenant in departments)
        {
            try
            {
                var marker = await MarkerAsync(tenant, ct);
                if (!built.TryGetValue(tenant.Name, out var b) || b.RecordCount != marker.Count || b.LastUpdatedUtc != marker.LastUpdatedUtc)
                {
                    await RefreshAsync(tenant, null, today, ct);
                    rebuilt++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "HR roll-up projection: could not reconcile {Tenant}.", tenant.Name);
            }
        }

        return rebuilt;
    }

    /// <summary>The departments whose projection has been built whole (the others are built before they are counted).</summary>
    public static async Task<HashSet<string>> BuiltAsync(HrReferenceDbContext host, CancellationToken ct) =>
        (await host.RollupDepartments.AsNoTracking().Select(d => d.TenantName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    private async Task<(List<HrRollupRow> Rows, Marker Marker)> ReadDepartmentAsync(Tenant tenant, List<int>? ids, DateOnly today, CancellationToken ct)
    {
        using var entered = _tenants.Enter(tenant);
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HrDbContext>();
        var records = db.Records.AsNoTracking();
        if (ids is not null)
        {
            records = records.Where(r => ids.Contains(r.Id));
        }

        // The scale in force today is the latest salary row from today or earlier, as DepartmentCountQuery reads it.
        var rows = await records.Select(r => new HrRollupRow
        {
            TenantName = tenant.Name,
            RecordId = r.Id,
            Sex = r.Sex,
            BirthDate = r.BirthDate,
            Status = r.Status,
            ClosedOn = r.ClosedOn,
            ScaleCode = db.Salary.Where(s => s.RecordId == r.Id && s.EffectiveFrom <= today).OrderByDescending(s => s.EffectiveFrom).Select(s => s.ScaleCode).FirstOrDefault(),
            ScaleChangesOn = db.Salary.Where(s => s.RecordId == r.Id && s.EffectiveFrom > today).Min(s => (DateOnly?)s.EffectiveFrom),
        }).ToListAsync(ct);
        return (rows, await MarkerOfAsync(db, ct));
    }

    private async Task<Marker> MarkerAsync(Tenant tenant, CancellationToken ct)
    {
        using var entered = _tenants.Enter(tenant);
        await using var scope = _scopes.CreateAsyncScope();
        return await MarkerOfAsync(scope.ServiceProvider.GetRequiredService<HrDbContext>(), ct);
    }

    private static async Task<Marker> MarkerOfAsync(HrDbContext db, CancellationToken ct)
    {
        var count = await db.Records.CountAsync(ct);
        var last = count == 0 ? null : await db.Records.MaxAsync(r => (DateTime?)r.UpdatedUtc, ct);
        return new Marker(count, last);
    }

    private sealed record Marker(int Count, DateTime? LastUpdatedUtc);
}
