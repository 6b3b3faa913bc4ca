using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Intranet.Search.Services;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Bench.StaffDirectory;

/// <summary>
/// In process: the directory's real services on N department databases; the baseline (raw Lucene TermQuery and
/// PrefixQuery on the same index) is measured interleaved with the typeahead so both see the same machine state.
/// </summary>
internal static class InProcessBench
{
    public static async Task RunAsync(string[] args)
    {
        var departments = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var perDepartment = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;

        var loadBefore = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        await using var host = new BenchHost(departments);
        var clock = Stopwatch.StartNew();
        await Seeder.SeedAsync(host, perDepartment, seed: 2026);
        var seedSeconds = clock.Elapsed.TotalSeconds;

        var rebuilder = host.Services.GetRequiredService<SearchIndexRebuilder>();
        clock.Restart();
        var status = await rebuilder.RebuildAsync(host.Host, ProvinceIndex.IndexName);
        var rebuildSeconds = clock.Elapsed.TotalSeconds;
        var manager = host.Services.GetRequiredService<SearchIndexManager>();
        var documents = manager.Count(ProvinceIndex.Key);
        var segments = manager.Search(ProvinceIndex.Key, s => s.IndexReader.Leaves.Count);
        var indexBytes = new DirectoryInfo(manager.PathOf(ProvinceIndex.Key)).EnumerateFiles().Sum(f => f.Length);

        var index = host.Services.GetRequiredService<ProvinceIndex>();
        if (Environment.GetEnvironmentVariable("BENCH_PROFILE_TEXT") is { Length: > 0 } profiled)
        {
            // A single typed text computed in a loop, to attach a profiler to (dotnet-trace collect -p <pid>).
            Console.Error.WriteLine($"pid {Environment.ProcessId}: computing `{profiled}` for 60 s");
            var loop = Stopwatch.StartNew();
            var runs = 0;
            while (loop.Elapsed < TimeSpan.FromSeconds(60))
            {
                index.Typeahead(profiled, 8, cached: false);
                runs++;
            }

            Console.Error.WriteLine($"{runs} runs, {loop.Elapsed.TotalMilliseconds / runs:0.000} ms each");
            return;
        }

        var reader = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "bench"), new Claim(ClaimTypes.Email, "bench@tinh.gov.vn")], "Bench"));
        var trimmed = new Histogram("Typeahead as served (cache, else query + fuzzy fallback; trimming for the reader), top 8");
        var untrimmed = new Histogram("Typeahead query in the index, cache bypassed (every answer computed, no trimming), top 8");
        var term = new Histogram("Baseline: raw TermQuery on the first word, top 8 with stored fields");
        var prefix = new Histogram("Baseline: raw PrefixQuery on the first word, top 8 with stored fields");
        var hits = 0L;
        var perText = BenchNames.Typed.Distinct().ToDictionary(t => t, t => new Histogram(t));
        var perTextComputed = BenchNames.Typed.Distinct().ToDictionary(t => t, t => new Histogram(t));

        async Task RunAsync(string typed, bool record)
        {
            var first = VietnameseText.Tokens(typed)[0].Folded;
            var t0 = Stopwatch.GetTimestamp();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var found = await scope.ServiceProvider.GetRequiredService<ProvinceDirectory>().SearchAsync(reader, typed, 8, typeahead: true);
                hits += found.Items.Count;
            }

            var t1 = Stopwatch.GetTimestamp();
            index.Typeahead(typed, 8, cached: false);
            var t2 = Stopwatch.GetTimestamp();
            manager.Search(ProvinceIndex.Key, s => Load(s, s.Search(new TermQuery(new Term(ProvinceIndex.Fields.Name, first)), 8)));
            var t3 = Stopwatch.GetTimestamp();
            manager.Search(ProvinceIndex.Key, s => Load(s, s.Search(new PrefixQuery(new Term(ProvinceIndex.Fields.Name, first)), 8)));
            var t4 = Stopwatch.GetTimestamp();
            if (record)
            {
                trimmed.Add(t1 - t0);
                perText[typed].Add(t1 - t0);
                untrimmed.Add(t2 - t1);
                perTextComputed[typed].Add(t2 - t1);
                term.Add(t3 - t2);
                prefix.Add(t4 - t3);
            }
        }

        foreach (var typed in BenchNames.Typed.Concat(BenchNames.Typed).Concat(BenchNames.Typed))
        {
            await RunAsync(typed, record: false); // warm-up: JIT, readers, OS cache
        }

        var (hitsBefore, missesBefore) = (index.TypeaheadCache.Hits, index.TypeaheadCache.Misses);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var typed in BenchNames.Typed)
            {
                await RunAsync(typed, record: true);
            }
        }

        var cacheHits = index.TypeaheadCache.Hits - hitsBefore;
        var cacheMisses = index.TypeaheadCache.Misses - missesBefore;
        var cachedTexts = index.TypeaheadCache.Count;

        // Near-real-time visibility of one change: update a person, commit, refresh readers.
        var update = new Histogram("Index one changed person (update + commit + reader refresh)");
        var department = host.Departments[0];
        for (var i = 0; i < 30; i++)
        {
            var person = new Person { Id = 100_000 + i, FullName = "Nguyễn Thị Bench " + i, Email = $"bench{i}@tinh.gov.vn" };
            var t0 = Stopwatch.GetTimestamp();
            index.Update(department, [(person, "Văn phòng")]);
            update.Add(Stopwatch.GetTimestamp() - t0);
        }

        var loadAfter = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        string Slowest(Dictionary<string, Histogram> texts) =>
            string.Join(", ", texts.Values.OrderByDescending(h => h.Percentile(50)).Take(6).Select(h => $"`{h.Name}` {Ms(h.Percentile(50))} / {Ms(h.Max)}"));
        string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        string Row(Histogram h, Histogram? baseline) =>
            $"| {h.Name} | {h.Count} | {Ms(h.Percentile(50))} | {Ms(h.Percentile(90))} | {Ms(h.Percentile(99))} | {Ms(h.Max)} | " +
            (baseline is null ? "—" : (h.Percentile(99) / baseline.Percentile(99)).ToString("0.0", CultureInfo.InvariantCulture) + "×") + " |";

        Console.WriteLine($"""
            ### Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} shared cores, .NET {Environment.Version}, load average {loadBefore} → {loadAfter}

            Data: {departments} department databases (SQLite) × {perDepartment:N0} people = {departments * perDepartment:N0} profiles, about 2 % marked as left
            (never indexed); synthetic Vietnamese names with realistic family-name frequencies (Nguyễn ≈ 38 %). Seeding took {seedSeconds:0.0} s.

            **Rebuild** of the province index from all department databases (`search rebuild directory`): **{rebuildSeconds:0.0} s**
            for {status.Done:N0} documents ({documents:N0} live, {indexBytes / 1024.0 / 1024.0:0.0} MiB on disk, {segments} segments). Target ≤ 60 s.

            **Typeahead latency**, single thread, {BenchNames.Typed.Length} typed texts × {rounds} rounds after warm-up (texts: {string.Join(", ", BenchNames.Typed.Select(t => "`" + t + "`"))}).
            Ratio = p99 over the raw TermQuery baseline's p99 on the same index in the same run.

            | Operation | n | p50 ms | p90 ms | p99 ms | max ms | p99 vs TermQuery |
            |---|---:|---:|---:|---:|---:|---:|
            {Row(term, null)}
            {Row(prefix, term)}
            {Row(untrimmed, term)}
            {Row(trimmed, term)}
            {Row(update, term)}

            Target: typeahead p99 ≤ 5 ms in process. ({hits:N0} results returned in total.)

            Cache during the timed rounds: {cacheHits:N0} answers served from it, {cacheMisses:N0} computed; {cachedTexts} of the
            {BenchNames.Typed.Length} typed texts were kept (they match ≥ {ProvinceIndex.CachedFromHits:N0} people or check ≥ {ProvinceIndex.CachedFromPostings:N0} postings
            entries) from the warm-up on; no index change happened during the rounds, so they were served from the cache throughout.

            Slowest typed texts as served, p50 / max ms: {Slowest(perText)}.
            Slowest typed texts computed (cache bypassed), p50 / max ms: {Slowest(perTextComputed)}.
            """);
    }

    private static int Load(IndexSearcher searcher, TopDocs top)
    {
        foreach (var hit in top.ScoreDocs)
        {
            searcher.Doc(hit.Doc);
        }

        return top.ScoreDocs.Length;
    }
}
