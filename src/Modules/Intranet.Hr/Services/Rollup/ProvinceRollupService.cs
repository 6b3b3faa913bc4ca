using System.Diagnostics;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// Counts active staff per department for the province (counts, not records). Each department is one grouped SQL
/// query (<see cref="DepartmentCountQuery"/>), a few departments at a time, and its counts are kept in
/// <see cref="RollupCache"/> until an HR record event of that department or a new day; a department whose database
/// fails is shown with an error instead of failing the page (and is not cached).
/// </summary>
public sealed class ProvinceRollupService
{
    /// <summary>Departments counted at once: SQLite files are independent, but the machine has few cores.</summary>
    public const int Parallelism = 8;

    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;
    private readonly TransferService _departments;
    private readonly RollupCache _cache;
    private readonly ILogger<ProvinceRollupService> _logger;

    public ProvinceRollupService(IServiceScopeFactory scopes, ITenantAccessor tenants, TransferService departments, RollupCache cache, ILogger<ProvinceRollupService> logger)
    {
        _scopes = scopes;
        _tenants = tenants;
        _departments = departments;
        _cache = cache;
        _logger = logger;
    }

    public async Task<ProvinceRollup> ComputeAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var tenants = _departments.Departments();
        var rows = new DepartmentCounts[tenants.Count];
        var missing = new List<int>();
        for (var i = 0; i < tenants.Count; i++)
        {
            if (_cache.TryGet(tenants[i].Name, asOf, out var cached))
            {
                rows[i] = cached with { DisplayName = tenants[i].DisplayName };
            }
            else
            {
                missing.Add(i);
            }
        }

        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (i, token) =>
            rows[i] = await CountAsync(tenants[i], asOf, token));
        var total = Sum(rows);
        return new ProvinceRollup(asOf, rows, total, watch.ElapsedMilliseconds);
    }

    /// <summary>One department's counts; on staff on <paramref name="asOf"/> = active or on probation and not closed by then.</summary>
    public async Task<DepartmentCounts> CountAsync(Tenant tenant, DateOnly asOf, CancellationToken ct)
    {
        var generation = _cache.Generation(tenant.Name);
        try
        {
            DepartmentCounts counts;
            using (_tenants.Enter(tenant))
            {
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HrDbContext>();
                counts = await DepartmentCountQuery.RunAsync(db, tenant.Name, tenant.DisplayName, asOf, ct);
            }

            _cache.Store(tenant.Name, asOf, generation, counts);
            return counts;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "HR roll-up: could not count {Tenant}.", tenant.Name);
            return new DepartmentCounts(tenant.Name, tenant.DisplayName, 0, Empty(RollupBands.Sexes), Empty(RollupBands.AgeBands), Empty(RollupBands.RankGroups),
                "Không đọc được dữ liệu của đơn vị này.");
        }
    }

    private static Dictionary<string, int> Empty(string[] order) => order.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);

    private static DepartmentCounts Sum(IReadOnlyList<DepartmentCounts> rows)
    {
        static Dictionary<string, int> Add(IEnumerable<IReadOnlyDictionary<string, int>> parts, string[] order)
        {
            var sum = Empty(order);
            foreach (var (key, value) in parts.SelectMany(p => p))
            {
                sum[key] += value;
            }

            return sum;
        }

        return new DepartmentCounts("", "Toàn tỉnh", rows.Sum(r => r.Total), Add(rows.Select(r => r.BySex), RollupBands.Sexes),
            Add(rows.Select(r => r.ByAgeBand), RollupBands.AgeBands), Add(rows.Select(r => r.ByRankGroup), RollupBands.RankGroups));
    }
}
