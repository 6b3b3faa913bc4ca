// Usage: dotnet run -c Release --project bench/Intranet.Bench.Soak -- [--minutes 10] [--connections 64] [--warmup-seconds 120] [--sample-seconds 5]
// Starts a Release server with the demo province, signs in, warms it up with the signed-in mix, then runs the mix for
// the measured minutes (one wrk run per minute, back to back) while sampling the server's RSS, and kills the server.
// Prints a Markdown section for docs/performance.md; exit 1 when an error was seen or RSS grew more than 10 %.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Intranet.Bench.Soak;
using Intranet.Bench.Tenants;

var options = SoakOptions.Parse(args);
var culture = CultureInfo.InvariantCulture;
var loadBefore = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
await using var server = await ServerProcess.StartAsync(options.WebDll, settings: options.Settings);
var clock = Stopwatch.StartNew();
// The server's own slow-request log (SlowRequestLog): when each line arrived on the soak's clock.
var slow = new ConcurrentQueue<double>();
server.Output += line =>
{
    if (line.Contains("Slow request:", StringComparison.Ordinal))
    {
        slow.Enqueue(clock.Elapsed.TotalSeconds);
    }
};
Console.Error.WriteLine($"server up in {server.StartTime.TotalSeconds:0.0} s at {server.BaseUrl}");
using var client = new BenchClient(server.BaseUrl);
await client.SignInAsync(ServerProcess.AdminEmail, server.AdminPassword);

var paths = await SoakMix.PathsAsync(client);
Console.Error.WriteLine($"mix of {paths.Count} paths, each checked to answer 200 signed in");

var baseline = await SoakWrk.RunAsync(server.BaseUrl, ["/healthz"], null, options.BaselineSeconds, options.Connections);
Console.Error.WriteLine($"/healthz baseline: {baseline.RequestsPerSecond:0} req/s");

await using var counters = SoakGcCounters.Start(server.ProcessId, options.SampleSeconds, clock.Elapsed.TotalSeconds);

// Runs wrk for the given seconds while sampling memory every SampleSeconds.
async Task<SoakRun> RunSampled(int seconds, List<SoakSample> into)
{
    var run = SoakWrk.RunAsync(server.BaseUrl, paths, client.CookieHeader, seconds, options.Connections);
    while (!run.IsCompleted)
    {
        into.Add(SoakSample.Read(server.ProcessId, clock.Elapsed.TotalSeconds));
        await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(options.SampleSeconds)));
    }

    return await run;
}

// Warm-up: the same mix until the JIT has tiered the hot paths and the pools have grown to the concurrency; not judged.
var warmupSamples = new List<SoakSample>();
var warmup = options.WarmupSeconds > 0 ? await RunSampled(options.WarmupSeconds, warmupSamples) : null;
Console.Error.WriteLine($"warm-up {options.WarmupSeconds} s: {warmup?.RequestsPerSecond ?? 0:0} req/s, RSS {warmupSamples.LastOrDefault()?.RssMb ?? 0:0} MB");

var samples = new List<SoakSample>();
var minutes = new List<(SoakRun Run, double Start, double End)>();
var measureStart = clock.Elapsed.TotalSeconds;
for (var left = options.Seconds; left > 0; left -= 60)
{
    var start = clock.Elapsed.TotalSeconds;
    var run = await RunSampled(Math.Min(60, left), samples);
    minutes.Add((run, start, clock.Elapsed.TotalSeconds));
    var s = samples[^1];
    Console.Error.WriteLine($"minute {minutes.Count}: {run.RequestsPerSecond:0} req/s, {run.Errors} errors; RSS {s.RssMb:0} MB (anon {s.AnonMb:0}, file {s.FileMb:0}, shmem {s.ShmemMb:0}); load {s.Load1:0.0}");
}

var measureEnd = clock.Elapsed.TotalSeconds;
var soak = SoakRun.Combine(minutes.Select(m => m.Run).ToList(), measureEnd - measureStart);

// Does the memory come back once the load stops? A leak stays; a garbage collector that grew its heaps under load gives some back.
await Task.Delay(TimeSpan.FromSeconds(30));
var idle = SoakSample.Read(server.ProcessId, clock.Elapsed.TotalSeconds);
var counterRows = counters is null ? [] : await counters.StopAsync();
var gc = new SoakGc(counterRows, measureStart, measureEnd);
var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
var rss = new SoakMemory(samples);

var perMinute = minutes.Select((m, i) =>
{
    var rows = counterRows.Where(r => r.Seconds >= m.Start && r.Seconds < m.End).ToList();
    var inMinute = samples.Where(x => x.Seconds >= m.Start && x.Seconds < m.End).ToList();
    return new SoakMinute(
        i + 1,
        m.Run,
        rows.Select(r => r.ServerP99Ms).Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Max(),
        slow.Count(t => t >= m.Start && t < m.End + 1),
        rows.Select(r => r.ThreadPoolQueue).Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Max(),
        SoakMemory.Median(inMinute.Select(x => x.Load1)),
        SoakMemory.Median(inMinute.Select(x => x.CpuPressure)),
        SoakMemory.Median(inMinute.Select(x => x.RssMb)));
}).ToList();

var serversTimeouts = perMinute.Where(m => m.ServersFault(options.Connections)).Sum(m => m.Run.Timeouts);
var passed = soak.Errors == 0 && rss.GrowthPercent <= 10;
string Series(Func<SoakSample, double> part) => string.Join(", ", rss.PerMinute(part).Select(m => m.ToString("0", culture)));
string Change(Func<SoakSample, double> part) => string.Create(culture, $"{rss.AtStart(part):0} → {rss.AtEnd(part):0}");
string Number(double value, string format) => double.IsNaN(value) ? "?" : value.ToString(format, culture);
var command = SoakWrk.Command(60, options.Connections, "mix.lua", "http://127.0.0.1:PORT");
var table = string.Join("\n", perMinute.Select(m => string.Create(culture,
    $"| {m.Number} | {m.Run.RequestsPerSecond:0} | {m.Run.P99:0} / {m.Run.Max:0} | {m.Run.Non2xx3xx} + {m.Run.SocketErrors} | {Number(m.ServerP99Ms, "0")} | {m.SlowRequests} | {Number(m.QueueMax, "0")} | {m.Load:0.0} | {Number(m.CpuPressure, "0")} | {m.RssMb:0} | {m.TimeoutCause(options.Connections)} |")));
Console.WriteLine(string.Create(culture, $"""
    ### Soak: {options.Minutes:0.#} min × {options.Connections} connections after a {options.WarmupSeconds} s warm-up, signed-in mix

    {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; server settings: {string.Join(", ", options.Settings.Select(s => $"`{s.Key}={s.Value}`"))}; {Environment.ProcessorCount} cores shared with other builds (load average {string.Join(" ", loadBefore)} before, {string.Join(" ", loadAfter)} after).
    Mix ({paths.Count} paths): department home pages, `/PREFIX/news`, the header typeahead `/directory/typeahead?q=…`, the
    tenant list `/admin/tenants` and `GET /api/tenants` — all with the administrator's session cookie. A {options.WarmupSeconds} s warm-up run
    of the same mix first ({warmup?.RequestsPerSecond ?? 0:0} req/s, not judged), then one `{command}` per minute, back to back;
    RSS and its parts from `/proc/PID/status` every {options.SampleSeconds} s; GC sizes, the server's request p99 and thread-pool queue from `dotnet-counters collect`.

    | Measure | Value | Target |
    |---|---|---|
    | Requests | {soak.Requests:N0} | |
    | Errors: non-2xx/3xx answers + socket errors | {soak.Non2xx3xx} + {soak.SocketErrors} ({soak.SocketDetail}); timeouts the server caused: {serversTimeouts} | 0 |
    | Throughput | {soak.RequestsPerSecond:0} req/s (warm-up {warmup?.RequestsPerSecond ?? 0:0}) | |
    | Latency p50 (median minute) / p99 (worst minute) / max | {soak.P50:0.0} / {soak.P99:0.0} / {soak.Max:0} ms | |
    | Baseline `/healthz`, same connections, {options.BaselineSeconds} s | {baseline.RequestsPerSecond:0} req/s (p50 {baseline.P50:0.0} ms, p99 {baseline.P99:0.0} ms) | |
    | RSS at start of the measured soak / median of its first minute / median of its last minute / max | {rss.First:0} / {rss.Start:0} / {rss.End:0} / {rss.Max:0} MB | |
    | **RSS growth**: median of the last minute against median of the first ({rss.WindowSamples} samples each) | **{rss.GrowthPercent:+0.0;-0.0} %** | ≤ 10 % |
    | Of which `RssAnon` (GC heap + native) / `RssFile` (mapped files) / `RssShmem` (JIT code), first → last minute | {Change(s => s.AnonMb)} / {Change(s => s.FileMb)} / {Change(s => s.ShmemMb)} MB | |
    | GC committed / GC heap after the last collection, first → last minute | {gc.Describe(culture)} | |
    | RSS 30 s after the load stopped (anon / file / shmem) | {idle.RssMb:0} MB ({idle.AnonMb:0} / {idle.FileMb:0} / {idle.ShmemMb:0}) | |
    | RSS at the end of the warm-up | {warmupSamples.LastOrDefault()?.RssMb ?? double.NaN:0} MB | |
    | RSS, median of each minute (MB) | {Series(s => s.RssMb)} | |
    | `RssAnon`, median of each minute (MB) | {Series(s => s.AnonMb)} | |
    | GC committed, median of each minute (MB) | {gc.PerMinute(culture, minutes.Count)} | |
    | Result | {(passed ? "pass" : "FAIL")} | |

    Minute by minute (wrk's figures; the server's p99 is the worst route's in any 5-s interval; "slow" counts requests the server itself logged as taking ≥ {SoakMinute.SlowSeconds:0} s; CPU pressure is `/proc/pressure/cpu` some avg10, the share of time a runnable task waited for a core):

    | Minute | req/s | wrk p99 / max ms | errors (status + socket) | server p99 ms | slow | thread-pool queue max | load | CPU pressure % | RSS MB | timeouts: cause |
    |---|---|---|---|---|---|---|---|---|---|---|
    {table}
    """));
return passed ? 0 : 1;
