using System.Diagnostics;
using System.Globalization;
using Intranet.Core.Data;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr;
using Intranet.Hr.Models;
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
/// HR module services. Reports the first (cold pools) run and the warm runs' p50/p95/max against the 200 ms target.
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
        new Startup().ConfigureServices(services);
        await using var provider = services.BuildServiceProvider();
        try
        {
            var seed = Stopwatch.StartNew();
            foreach (var tenant in tenants)
            {
                await SeedAsync(provider, tenant, records);
            }

            seed.Stop();
            SqliteConnection.ClearAllPools();
            var rollup = provider.GetRequiredService<ProvinceRollupService>();
            var today = DateOnly.FromDateTime(DateTime.Now);
            var cold = Stopwatch.StartNew();
            var first = await rollup.ComputeAsync(today);
            cold.Stop();
            var times = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                var result = await rollup.ComputeAsync(today);
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (result.Total.Total != first.Total.Total)
                {
                    throw new InvalidOperationException("The roll-up changed between runs.");
                }
            }

            times.Sort();
            var p50 = times[times.Count / 2];
            var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                ## HR — province roll-up

                {departments} department databases × {records} records (seeded in {seed.Elapsed.TotalSeconds:0.0} s), {first.Total.Total} on staff
                (1 in 20 closed), {Environment.ProcessorCount} cores; `ProvinceRollupService.ComputeAsync`, 4 departments at a time.

                | run | time |
                |---|---|
                | first (connection pools cold) | {cold.Elapsed.TotalMilliseconds:0} ms |
                | warm p50 ({rounds} runs) | {p50:0} ms |
                | warm p95 | {p95:0} ms |
                | warm max | {times[^1]:0} ms |

                Target ≤ 200 ms: {(p95 <= 200 ? "met" : "NOT met")} (p95).
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

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

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
