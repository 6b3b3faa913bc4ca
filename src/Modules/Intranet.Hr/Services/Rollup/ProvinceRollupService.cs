using System.Diagnostics;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// Counts active staff per department for the province (counts, not records). One small query per department
/// database (sex, birth date and the current salary row's scale of each on-staff record), a few departments at a
/// time; a department whose database fails is shown with an error instead of failing the page.
/// </summary>
public sealed class ProvinceRollupService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;
    private readonly TransferService _departments;
    private readonly ILogger<ProvinceRollupService> _logger;

    public ProvinceRollupService(IServiceScopeFactory scopes, ITenantAccessor tenants, TransferService departments, ILogger<ProvinceRollupService> logger)
    {
        _scopes = scopes;
        _tenants = tenants;
        _departments = departments;
        _logger = logger;
    }

    public async Task<ProvinceRollup> ComputeAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var tenants = _departments.Departments();
        var rows = new DepartmentCounts[tenants.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, tenants.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (i, token) =>
            rows[i] = await CountAsync(tenants[i], asOf, token));
        var total = Sum(rows);
        return new ProvinceRollup(asOf, rows, total, watch.ElapsedMilliseconds);
    }

    /// <summary>One department's counts; on staff on <paramref name="asOf"/> = active or on probation and not closed by then.</summary>
    public async Task<DepartmentCounts> CountAsync(Tenant tenant, DateOnly asOf, CancellationToken ct)
    {
        try
        {
            using (_tenants.Enter(tenant))
            {
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HrDbContext>();
                var people = await db.Records.AsNoTracking()
                    .Where(r => (r.Status == StaffStatus.Active || r.Status == StaffStatus.Probation) && (r.ClosedOn == null || r.ClosedOn > asOf))
                    .Select(r => new
                    {
                        r.Sex,
                        r.BirthDate,
                        Scale = db.Salary.Where(s => s.RecordId == r.Id && s.EffectiveFrom <= asOf).OrderByDescending(s => s.EffectiveFrom).Select(s => s.ScaleCode).FirstOrDefault(),
                    })
                    .ToListAsync(ct);
                return new DepartmentCounts(tenant.Name, tenant.DisplayName, people.Count,
                    Count(people.Select(p => RollupBands.Sex(p.Sex)), RollupBands.Sexes),
                    Count(people.Select(p => RollupBands.AgeBand(p.BirthDate, asOf)), RollupBands.AgeBands),
                    Count(people.Select(p => RollupBands.RankGroup(p.Scale)), RollupBands.RankGroups));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "HR roll-up: could not count {Tenant}.", tenant.Name);
            return new DepartmentCounts(tenant.Name, tenant.DisplayName, 0, Empty(RollupBands.Sexes), Empty(RollupBands.AgeBands), Empty(RollupBands.RankGroups),
                "Không đọc được dữ liệu của đơn vị này.");
        }
    }

    private static Dictionary<string, int> Count(IEnumerable<string> keys, string[] order)
    {
        var counts = Empty(order);
        foreach (var key in keys)
        {
            counts[key]++;
        }

        return counts;
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
