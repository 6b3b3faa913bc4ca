using System.Diagnostics;
using System.Globalization;
using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;
using Intranet.Hr.Services.Work;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Bench.Hr;

/// <summary>
/// The four work lists over one department of N records (default 5,000) with realistic careers (salary history,
/// three years of ratings, some awards and disciplines), each list built as a request builds it (fresh scope and
/// DbContext). Baseline, interleaved in the same rounds: the plainest read of the same on-staff records (one query,
/// four columns, no rules). Target: every list's p99 ≤ 50 ms.
/// </summary>
internal static class WorkListsBench
{
    public static async Task RunAsync(string[] args)
    {
        var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var loadBefore = LoadAverage();
        await using var host = new HrBenchHost(1);
        var department = host.Departments[0];
        await host.MigrateAsync();
        var today = HrToday.From(TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var rows = await SeedAsync(host, records, today, seed: 2026);
        var seedSeconds = clock.Elapsed.TotalSeconds;

        // The seed writes rows directly (no events), as a migration of existing data would: the department's stored
        // work-list dates are computed in bulk, as the start-up job (or the first list request) does.
        clock.Restart();
        var computed = await host.InAsync(department, db => new WorkDates(host.Services).EnsureCurrentAsync(db, default));
        var bulkSeconds = clock.Elapsed.TotalSeconds;

        var kinds = Enum.GetValues<WorkListKind>();
        var histograms = kinds.ToDictionary(k => k, k => new LatencyHistogram(k.ToString()));
        var counts = kinds.ToDictionary(k => k, _ => 0);
        var baseline = new LatencyHistogram("Baseline");
        for (var round = -20; round < rounds; round++)
        {
            foreach (var kind in kinds)
            {
                var days = WorkWindow.Days(kind, null, null, today);
                var t0 = Stopwatch.GetTimestamp();
                var items = await host.WithAsync<WorkLists, IReadOnlyList<WorkItem>>(department, l => l.ListAsync(kind, today, days, default));
                var t1 = Stopwatch.GetTimestamp();
                await host.InAsync(department, db => db.Records.AsNoTracking()
                    .Where(r => r.Status == StaffStatus.Active || r.Status == StaffStatus.Probation)
                    .Select(r => new { r.Id, r.FullName, r.PersonalId, r.BirthDate })
                    .ToListAsync());
                var t2 = Stopwatch.GetTimestamp();
                if (round >= 0)
                {
                    histograms[kind].Add(t1 - t0);
                    baseline.Add(t2 - t1);
                    counts[kind] = items.Count;
                }
            }
        }

        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine("## HR — work lists");
        Console.WriteLine();
        Console.WriteLine(string.Create(ci, $"One department, {records:N0} records ({rows:N0} rows: salary history, 3 years of ratings, awards, disciplines, postings; seeded in {seedSeconds:0.0} s), SQLite file in WAL mode, in process (`bench/run.sh hr work-lists {records} {rounds}`); stored work-list dates computed in bulk for {computed:N0} records in {bulkSeconds:0.00} s. Each list built as a request builds it (fresh DI scope and DbContext, current code lists), {rounds} rounds after 20 warm-up rounds, interleaved with the baseline: one plain query reading four columns of the same on-staff records. Load average before: {loadBefore}, after: {LoadAverage()} (2 cores shared with other builds)."));
        Console.WriteLine();
        Console.WriteLine("| List (default window) | Lines | p50 ms | p95 ms | p99 ms | max ms | p99 vs baseline |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var baseP99 = baseline.Percentile(99);
        foreach (var kind in kinds)
        {
            var h = histograms[kind];
            Console.WriteLine(string.Create(ci, $"| {Label(kind)} | {counts[kind]} | {h.Percentile(50):0.00} | {h.Percentile(95):0.00} | {h.Percentile(99):0.00} | {h.Max:0.00} | ×{h.Percentile(99) / baseP99:0.0} |"));
        }

        Console.WriteLine(string.Create(ci, $"| Baseline: plain query of the on-staff records | {records} | {baseline.Percentile(50):0.00} | {baseline.Percentile(95):0.00} | {baseP99:0.00} | {baseline.Max:0.00} | ×1.0 |"));
        Console.WriteLine();
        var worst = kinds.Max(k => histograms[k].Percentile(99));
        Console.WriteLine(string.Create(ci, $"Target p99 ≤ 50 ms: {(worst <= 50 ? "met" : "NOT met")} (worst list p99 {worst:0.00} ms)."));
    }

    private static string Label(WorkListKind kind) => kind switch
    {
        WorkListKind.Steps => "Steps due (60 days + overdue)",
        WorkListKind.Retirements => "Retirements (12 months)",
        WorkListKind.Probations => "Probation ends (60 days)",
        _ => "Contract ends (60 days)",
    };

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>Seeds the department in one transaction; returns how many rows were written.</summary>
    private static Task<int> SeedAsync(HrBenchHost host, int count, DateOnly today, int seed) =>
        host.InAsync(host.Departments[0], async db =>
        {
            var random = new Random(seed);
            string[] scales = ["A1", "A1", "A1", "A1", "A1", "A1", "A2.1", "A2.1", "A0", "B", "B"];
            string[] units = ["Văn phòng", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch – Tài chính", "Thanh tra", "Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 2", "Trung tâm Dịch vụ", "Chi cục"];
            var tables = SalaryTables.Shipped;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            var written = 0;
            for (var i = 0; i < count; i++)
            {
                var scale = tables.FindScale(scales[random.Next(scales.Length)])!;
                var step = random.Next(1, scale.MaxStep + 1);
                // Most people get their steps on time; about 3 % are waiting past the date (up to six months).
                var late = random.Next(100) < 3 ? scale.IntervalMonths * 30 + random.Next(1, 180) : 0;
                var since = today.AddDays(-random.Next(0, scale.IntervalMonths * 30) - late);
                var exceeding = step == scale.MaxStep && random.Next(3) == 0 ? random.Next(5, 9) : 0;
                var roll = random.Next(100);
                var record = new StaffRecord
                {
                    PersonalId = (100_000_000_000L + i).ToString(CultureInfo.InvariantCulture),
                    FullName = $"Cán bộ số {i:00000}",
                    Sex = random.Next(2) == 0 ? StaffSex.Male : StaffSex.Female,
                    BirthDate = new DateOnly(1966, 1, 1).AddDays(random.Next(0, 38 * 365)),
                    Status = roll < 2 ? StaffStatus.Retired : roll < 5 ? StaffStatus.Probation : StaffStatus.Active,
                    Category = roll is >= 5 and < 15 ? StaffCategory.Contract : StaffCategory.CivilServant,
                    CreatedUtc = DateTime.UtcNow,
                    UpdatedUtc = DateTime.UtcNow,
                };
                if (record.Status == StaffStatus.Probation)
                {
                    record.ProbationEndsOn = today.AddDays(random.Next(-30, 360));
                }

                if (record.Category == StaffCategory.Contract)
                {
                    record.ContractEndsOn = today.AddDays(random.Next(-30, 720));
                }

                var decision = new Func<DateOnly, Decision>(d => new Decision { Number = $"{random.Next(1, 999)}/QĐ-SNV", SignedOn = d, Signer = "Giám đốc Sở" });
                if (step > 1)
                {
                    var before = since.AddMonths(-scale.IntervalMonths);
                    record.Salary.Add(new SalaryEntry { RankCode = "01.003", ScaleCode = scale.Code, Step = step - 1, Coefficient = scale.CoefficientOf(step - 1), StepSince = before, EffectiveFrom = before, Decision = decision(before) });
                }

                record.Salary.Add(new SalaryEntry
                {
                    RankCode = "01.003", ScaleCode = scale.Code, Step = step, Coefficient = scale.CoefficientOf(step), ExceedingPercent = exceeding,
                    StepSince = since, EffectiveFrom = since, Kind = SalaryChangeKind.RegularStep, Decision = decision(since),
                });
                for (var y = today.Year - 3; y < today.Year; y++)
                {
                    record.Ratings.Add(new RatingEntry { Year = y, Rating = random.Next(50) == 0 ? Rating.NotCompleted : (Rating)random.Next(1, 4), EffectiveFrom = new DateOnly(y, 12, 20), Decision = decision(new DateOnly(y, 12, 20)) });
                }

                if (random.Next(10) == 0)
                {
                    var on = today.AddDays(-random.Next(1, 700));
                    record.Awards.Add(new AwardEntry { Form = "Chiến sĩ thi đua cơ sở", Level = "Cơ sở", EarlyStepMonths = random.Next(2) * 12, EffectiveFrom = on, Decision = decision(on) });
                }

                if (random.Next(100) == 0)
                {
                    var on = today.AddDays(-random.Next(1, 700));
                    record.Disciplines.Add(new DisciplineEntry { Form = "Khiển trách", StepExtensionMonths = 6, EffectiveFrom = on, Decision = decision(on) });
                }

                record.Postings.Add(new PostingEntry { UnitName = units[random.Next(units.Length)], JobPosition = "Chuyên viên", EffectiveFrom = since, Decision = decision(since) });
                db.Records.Add(record);
                written += 1 + record.Salary.Count + record.Ratings.Count + record.Awards.Count + record.Disciplines.Count + record.Postings.Count;
                if (i % 1000 == 999)
                {
                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return written;
        });
}
