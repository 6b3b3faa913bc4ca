using System.Diagnostics;
using System.Globalization;
using Intranet.Core.Data;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr;
using Intranet.Hr.Models;
using Intranet.Hr.Models.Reference;
using Intranet.Hr.Services.Closing;
using Intranet.Hr.Services.Rollup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Bench.Hr.Rollup;

/// <summary>
/// The province roll-up (<see cref="ProvinceRollupService"/>, the service behind <c>/api/hr/province/rollup</c>) over
/// N department SQLite databases of M records each (one salary row per record, 1 in 20 records closed), on the real
/// HR module services. Today's roll-up comes from the host projection (one grouped query); the per-department path (any
/// other date) is measured in the same run as the baseline.
/// </summary>
public static class RollupBench
{
    public static async Task RunAsync(string[] args)
    {
        var departments = Arg(args, 0, 200);
        var records = Arg(args, 1, 500);
        var rounds = Arg(args, 2, 20);
        var appData = Path.Combine(Path.GetTempPath(), "intranet-bench-hr-rollup", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(appData);
        var host = new Tenant { Name = Tenant.DefaultName, DisplayName = "Tỉnh", State = TenantState.Running, EnabledFeatures = new HashSet<string> { HrFeatures.Province } };
        var tenants = Enumerable.Range(1, departments).Select(i => new Tenant
        {
            Name = $"don-vi-{i:000}",
            DisplayName = $"Đơn vị số {i}",
            RequestUrlPrefix = $"don-vi-{i:000}",
            State = TenantState.Running,
            EnabledFeatures = new HashSet<string> { HrFeatures.Department },
        }).ToList();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.Configure<DataOptions>(o => o.AppDataPath = appData);
        services.AddSingleton<IHostEnvironment>(new RollupEnvironment());
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<ITenantAccessor, RollupTenantAccessor>();
        services.AddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
        services.AddSingleton<DatabaseProviders>();
        services.AddScoped<DataTransactionScope>();
        services.AddSingleton<ITenantRegistry>(new RollupRegistry(new TenantTable(host, tenants)));
        services.AddSingleton<IHostTenantProvider>(new FixedHost(host));
        new Startup().ConfigureServices(services);
        await using var provider = services.BuildServiceProvider();
        try
        {
            var seed = Stopwatch.StartNew();
            // Seeding every database through EF took 16 minutes on the loaded machine; the first one is seeded and its
            // file copied to the others (same rows in each department, which does not change what a count costs).
            await SeedAsync(provider, tenants[0], records);
            SqliteConnection.ClearAllPools();
            var sites = Path.Combine(appData, "Sites");
            var template = System.IO.Directory.GetDirectories(sites, tenants[0].Name, SearchOption.AllDirectories).Single();
            foreach (var tenant in tenants.Skip(1))
            {
                CopyTree(template, Path.Combine(Path.GetDirectoryName(template)!, tenant.Name));
            }

            seed.Stop();
            SqliteConnection.ClearAllPools();
            var rollup = provider.GetRequiredService<ProvinceRollupService>();
            var projection = provider.GetRequiredService<RollupProjection>();
            var today = RecordClosingScheduler.Today(TimeProvider.System);
            await MigrateHostAsync(provider);

            // Per-department path (any other date, and what the roll-up did before the projection).
            var perDepartment = await TimeAsync(rounds, () => rollup.ComputeAsync(today.AddDays(-1)), expected: null);
            var expected = (await rollup.ComputeAsync(today.AddDays(-1))).Total.Total;

            // First request of the day on an empty host projection: every department is built (200 reads + writes).
            var cold = Stopwatch.StartNew();
            var first = await rollup.ComputeAsync(today);
            cold.Stop();
            if (first.Departments.Any(d => d.Error is not null))
            {
                throw new InvalidOperationException("A department failed: " + first.Departments.First(d => d.Error is not null).TenantName);
            }

            var times = await TimeAsync(rounds, () => rollup.ComputeAsync(today), expected);
            var reconcile = Stopwatch.StartNew();
            var rebuilt = await projection.ReconcileAsync(today, default);
            reconcile.Stop();
            var rebuild = Stopwatch.StartNew();
            await projection.RefreshAsync(tenants[0], null, today, default);
            rebuild.Stop();
            var p50 = times[times.Count / 2];
            var p95 = Percentile95(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                ## HR — province roll-up

                {departments} department databases × {records} records (seeded in {seed.Elapsed.TotalSeconds:0.0} s), {first.Total.Total} on staff
                (1 in 20 closed), {Environment.ProcessorCount} cores, load average {LoadAverage()}; `ProvinceRollupService.ComputeAsync`.

                | run | time |
                |---|---|
                | today, from the host projection: p50 ({rounds} runs, one grouped query) | {p50:0} ms |
                | today, from the host projection: p95 / max | {p95:0} / {times[^1]:0} ms |
                | first request on an empty projection (builds all {departments} departments) | {cold.Elapsed.TotalMilliseconds:0} ms |
                | another date, per department (baseline, the old path): p50 ({rounds} runs, {ProvinceRollupService.Parallelism} at a time) | {perDepartment[perDepartment.Count / 2]:0} ms |
                | another date, per department: p95 / max | {Percentile95(perDepartment):0} / {perDepartment[^1]:0} ms |
                | reconciliation of all departments (count + last update each; {rebuilt} rebuilt) | {reconcile.Elapsed.TotalMilliseconds:0} ms |
                | rebuild of one department ({records} rows) | {rebuild.Elapsed.TotalMilliseconds:0} ms |

                Target ≤ 200 ms: {(p95 <= 200 ? "met" : "NOT met")} (p95 from the projection); ratio to the per-department baseline p50: ×{p50 / perDepartment[perDepartment.Count / 2]:0.00}.
                """));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                System.IO.Directory.Delete(appData, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<List<double>> TimeAsync(int rounds, Func<Task<ProvinceRollup>> run, int? expected)
    {
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (expected is { } total && result.Total.Total != total)
            {
                throw new InvalidOperationException("The roll-up changed between runs.");
            }
        }

        times.Sort();
        return times;
    }

    private static double Percentile95(List<double> sorted) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * 0.95) - 1)];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in System.IO.Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            System.IO.Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private static async Task MigrateHostAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HrReferenceDbContext>().Database.MigrateAsync();
    }

    private static async Task SeedAsync(IServiceProvider services, Tenant tenant, int count)
    {
        using var entered = services.GetRequiredService<ITenantAccessor>().Enter(tenant);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HrDbContext>();
        await db.Database.MigrateAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var scales = new[] { "A3.1", "A2.1", "A1", "A1", "A1", "A0", "B", "C1" };
        var random = new Random(tenant.Name.GetHashCode(StringComparison.Ordinal));
        for (var i = 0; i < count; i++)
        {
            var record = new StaffRecord
            {
                PersonalId = $"{random.Next(1, 97):000}{random.Next(0, 4)}{random.Next(60, 100):00}{i:000000}",
                FullName = $"Cán bộ {i}",
                Sex = i % 2 == 0 ? StaffSex.Male : StaffSex.Female,
                BirthDate = new DateOnly(1965 + random.Next(0, 35), random.Next(1, 13), random.Next(1, 29)),
                Status = i % 20 == 0 ? StaffStatus.Retired : StaffStatus.Active,
            };
            var since = new DateOnly(2020 + random.Next(0, 6), random.Next(1, 13), 1);
            record.Salary.Add(new SalaryEntry { RankCode = "01.003", ScaleCode = scales[random.Next(scales.Length)], Step = 3, Coefficient = 3.00m, StepSince = since, EffectiveFrom = since });
            db.Records.Add(record);
        }

        await db.SaveChangesAsync();
    }
}
