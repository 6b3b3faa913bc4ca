using System.Diagnostics;
using System.Globalization;
using System.Text;
using Intranet.Core.Audit;
using Intranet.Core.Uploads;
using Intranet.Hr.Io.Import;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intranet.Bench.Hr.Import;

/// <summary>
/// Imports N records (default 10,000) into one department's SQLite file through the real importer (read with
/// Core's bounded reader, checked, mapped to codes, written in one transaction), then re-imports the same file
/// (every row an update), and compares with a plain bulk insert of the same rows (prepared INSERTs in one
/// transaction, no checks) into a fresh file, in the same run. Prints the Markdown section for docs/performance.md.
/// </summary>
public static class ImportBench
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var root = Path.Combine(Path.GetTempPath(), "intranet-bench-hr-import", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var csv = ImportBenchData.Csv(count);
        var people = ImportBenchData.People(count);
        var results = new List<(double Dry, double Import, double Reimport, double Plain)>();
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                var file = Path.Combine(root, $"import-{round}.db");
                var plainFile = Path.Combine(root, $"plain-{round}.db");
                await CreateAsync(file);
                await CreateAsync(plainFile);
                var dry = await TimeAsync(() => ImportAsync(file, csv, dryRun: true, count, expectCreated: count));
                var import = await TimeAsync(() => ImportAsync(file, csv, dryRun: false, count, expectCreated: count));
                var reimport = await TimeAsync(() => ImportAsync(file, csv, dryRun: false, count, expectCreated: 0));
                var plain = await TimeAsync(() => ImportBenchPlain.InsertAsync(plainFile, people));
                results.Add((dry, import, reimport, plain));
                Console.Error.WriteLine($"round {round + 1}: dry run {dry:0} ms, import {import:0} ms, re-import {reimport:0} ms, plain insert {plain:0} ms");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }

        double Median(Func<(double Dry, double Import, double Reimport, double Plain), double> pick) =>
            results.Select(pick).Order().ElementAt(results.Count / 2);
        var (d, i, r, p) = (Median(x => x.Dry), Median(x => x.Import), Median(x => x.Reimport), Median(x => x.Plain));
        Console.WriteLine("## HR — import");
        Console.WriteLine();
        Console.WriteLine($"`bench/run.sh hr import {count} {rounds}`: {count:N0} records (identity + rank/step/since + unit/post/job position + IT level, as the template's CSV, {csv.Length / 1024:N0} KB) into one department's SQLite file; median of {rounds} rounds, each on fresh files.");
        Console.WriteLine();
        Console.WriteLine("| step | time | per record | vs plain insert |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| dry run (read, check, map codes, look up existing IDs; writes nothing) | {d / 1000:0.00} s | {d * 1000 / count:0} µs | {d / p:0.0}× |");
        Console.WriteLine($"| import, all new (one transaction) | {i / 1000:0.00} s | {i * 1000 / count:0} µs | {i / p:0.0}× |");
        Console.WriteLine($"| re-import of the same file (all updates, no new career rows) | {r / 1000:0.00} s | {r * 1000 / count:0} µs | {r / p:0.0}× |");
        Console.WriteLine($"| plain bulk insert of the same rows (prepared INSERTs, one transaction, no checks) | {p / 1000:0.00} s | {p * 1000 / count:0} µs | 1× |");
        Console.WriteLine();
        Console.WriteLine($"Target: import ≤ 10 s — {(i <= 10_000 ? "met" : "NOT met")}.");
    }

    private static async Task CreateAsync(string file)
    {
        await using var db = Context(file);
        await db.Database.MigrateAsync();
    }

    private static async Task ImportAsync(string file, byte[] csv, bool dryRun, int count, int expectCreated)
    {
        await using var db = Context(file);
        var importer = new HrImporter(db, new ShippedCodeListsService(), new NoAudit(), Options.Create(UploadLimits.Default), TimeProvider.System);
        using var stream = new MemoryStream(csv);
        var report = await importer.ImportAsync(stream, "bench.csv", new ImportOptions(dryRun));
        if (report.HasProblems || report.Rows != count || report.Created != expectCreated)
        {
            throw new InvalidOperationException($"unexpected report: rows {report.Rows}, created {report.Created}, problems: {string.Join("; ", report.Problems.Take(5))}");
        }
    }

    internal static HrDbContext Context(string file) =>
        new(new DbContextOptionsBuilder<HrDbContext>().UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString()).Options);

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalMilliseconds;
    }

    private sealed class NoAudit : IAuditTrail
    {
        public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
