using System.Diagnostics;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Models.Reference;
using Intranet.Hr.Services.Closing;
using Intranet.Hr.Services.Transfers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// Counts active staff per department for the province (counts, not records). For today — the page's and the API's
/// default — one grouped query over the host's projection (<see cref="RollupProjection"/>, kept by the HR events),
/// after building any department missing from it. For another date (the scale in force then may differ), or
/// without the province feature's tables, one grouped query per department database (<see cref="DepartmentCountQuery"/>),
/// a few at a time. A department whose database fails is shown with an error instead of failing the page.
/// </summary>
public sealed class ProvinceRollupService
{
    /// <summary>Department databases counted at once: SQLite files are independent, but the machine has few cores.</summary>
    public const int Parallelism = 8;

    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;
    private readonly TransferService _departments;
    private readonly RollupProjection _projection;
    private readonly TimeProvider _clock;
    private readonly ILogger<ProvinceRollupService> _logger;

    public ProvinceRollupService(IServiceScopeFactory scopes, ITenantAccessor tenants, TransferService departments, RollupProjection projection, TimeProvider clock, ILogger<ProvinceRollupService> logger)
    {
        _scopes = scopes;
        _tenants = tenants;
        _departments = departments;
        _projection = projection;
        _clock = clock;
        _logger = logger;
    }

    public async Task<ProvinceRollup> ComputeAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var tenants = _departments.Departments();
        var rows = asOf == RecordClosingScheduler.Today(_clock) && _projection.Enabled
            ? await FromProjectionAsync(tenants, asOf, ct)
            : await FromDepartmentsAsync(tenants, asOf, ct);
        return new ProvinceRollup(asOf, rows, Sum(rows), watch.ElapsedMilliseconds);
    }

    /// <summary>Today's counts from the host's projection: one grouped query for every department.</summary>
    public async Task<DepartmentCounts[]> FromProjectionAsync(IReadOnlyList<Tenant> tenants, DateOnly today, CancellationToken ct)
    {
        await _projection.EnsureAsync(tenants, today, ct);
        await using var scope = _scopes.CreateAsyncScope();
        var host = scope.ServiceProvider.GetRequiredService<HrReferenceDbContext>();
        var built = await RollupProjection.BuiltAsync(host, ct);
        var tallies = await ProjectionCountQuery.RunAsync(host, today, ct);
        return [.. tenants.Select(t => tallies.TryGetValue(t.Name, out var tally)
            ? tally.ToCounts(t.Name, t.DisplayName)
            : built.Contains(t.Name) ? new DepartmentTally().ToCounts(t.Name, t.DisplayName) : Failed(t))];
    }

    /// <summary>Counts on any date from each department's own database (the scale in force on that date).</summary>
    public async Task<DepartmentCounts[]> FromDepartmentsAsync(IReadOnlyList<Tenant> tenants, DateOnly asOf, CancellationToken ct)
    {
        var rows = new DepartmentCounts[tenants.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, tenants.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (i, token) =>
            rows[i] = await CountAsync(tenants[i], asOf, token));
        return rows;
    }

    /// <summary>One department's counts from its own database; on staff on <paramref name="asOf"/> = active or on probation and not closed by then.</summary>
    public async Task<DepartmentCounts> CountAsync(Tenant tenant, DateOnly asOf, CancellationToken ct)
    {
        try
        {
            using (_tenants.Enter(tenant))
            {
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HrDbContext>();
                return await DepartmentCountQuery.RunAsync(db, tenant.Name, tenant.DisplayName, asOf, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "HR roll-up: could not count {Tenant}.", tenant.Name);
            return Failed(tenant);
        }
    }

    private static DepartmentCounts Failed(Tenant tenant) =>
        new DepartmentTally().ToCounts(tenant.Name, tenant.DisplayName) with { Error = "Không đọc được dữ liệu của đơn vị này." };

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
