// Usage: dotnet run -c Release --project bench/Intranet.Bench.Soak -- [--minutes 10] [--connections 64] [--sample-seconds 5]
// Starts a Release server with the demo province, signs in, runs wrk with a signed-in mix while sampling the server's
// RSS, then kills the server. Prints a Markdown section for docs/performance.md; exit 1 when an error was seen or RSS
// grew more than 10 % after the warm-up.
using System.Diagnostics;
using System.Globalization;
using Intranet.Bench.Soak;
using Intranet.Bench.Tenants;

var options = SoakOptions.Parse(args);
var loadBefore = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
await using var server = await ServerProcess.StartAsync(options.WebDll, settings: new Dictionary<string, string> { ["Intranet:Setup:DemoRecipe"] = "demo-province" });
Console.Error.WriteLine($"server up in {server.StartTime.TotalSeconds:0.0} s at {server.BaseUrl}");
using var client = new BenchClient(server.BaseUrl);
await client.SignInAsync(ServerProcess.AdminEmail, server.AdminPassword);

var paths = await SoakMix.PathsAsync(client);
Console.Error.WriteLine($"mix of {paths.Count} paths, each checked to answer 200 signed in");

var baseline = await SoakWrk.RunAsync(server.BaseUrl, ["/healthz"], null, options.BaselineSeconds, options.Connections);
Console.Error.WriteLine($"/healthz baseline: {baseline.RequestsPerSecond:0} req/s");

var samples = new List<SoakSample>();
var clock = Stopwatch.StartNew();
await using var counters = SoakGcCounters.Start(server.ProcessId, options.SampleSeconds, clock.Elapsed.TotalSeconds);
var soak = SoakWrk.RunAsync(server.BaseUrl, paths, client.CookieHeader, options.Seconds, options.Connections);
while (!soak.IsCompleted)
{
    samples.Add(SoakSample.Read(server.ProcessId, clock.Elapsed.TotalSeconds));
    if (samples.Count % Math.Max(1, 60 / options.SampleSeconds) == 0)
    {
        var s = samples[^1];
        Console.Error.WriteLine($"{clock.Elapsed.TotalMinutes:0.0} min: RSS {s.RssMb:0} MB (anon {s.AnonMb:0}, file {s.FileMb:0}, shmem {s.ShmemMb:0})");
    }

    await Task.WhenAny(soak, Task.Delay(TimeSpan.FromSeconds(options.SampleSeconds)));
}

var run = await soak;
var soakSeconds = clock.Elapsed.TotalSeconds;

// Does the memory come back once the load stops? A leak stays; a garbage collector that grew its heaps under load gives some back.
await Task.Delay(TimeSpan.FromSeconds(30));
var idle = SoakSample.Read(server.ProcessId, clock.Elapsed.TotalSeconds);
var gc = new SoakGc(counters is null ? [] : await counters.StopAsync(), options.WarmupSeconds, soakSeconds);
var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
var rss = new SoakMemory(samples, options.WarmupSeconds);
var passed = run.Errors == 0 && rss.GrowthPercent <= 10;
var culture = CultureInfo.InvariantCulture;
string PerMinute(Func<SoakSample, double> part) => string.Join(", ", rss.PerMinute(part).Select(m => m.ToString("0", culture)));
string Change(Func<SoakSample, double> part) => string.Create(culture, $"{rss.AtWarmup(part):0} → {rss.AtEnd(part):0}");
var command = SoakWrk.Command(options.Seconds, options.Connections, "mix.lua", "http://127.0.0.1:PORT");
Console.WriteLine(string.Create(culture, $"""
    ### Soak: {options.Minutes:0.#} min × {options.Connections} connections, signed-in mix

    {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores shared with other builds (load average {string.Join(" ", loadBefore)} before, {string.Join(" ", loadAfter)} after): the figures are noisy.
    Mix ({paths.Count} paths, each connection walks it from its own offset): department home pages, `/PREFIX/news`, the header typeahead
    `/directory/typeahead?q=…`, the tenant list `/admin/tenants` and `GET /api/tenants` — all with the administrator's session cookie.
    `{command}`; RSS and its parts from `/proc/PID/status` every {options.SampleSeconds} s; GC sizes from `dotnet-counters collect` (System.Runtime) at the same interval.

    | Measure | Value | Target |
    |---|---|---|
    | Requests | {run.Requests:N0} | |
    | Errors: non-2xx/3xx answers + socket errors | {run.Non2xx3xx} + {run.SocketErrors} ({run.SocketDetail}) | 0 |
    | Throughput | {run.RequestsPerSecond:0} req/s | |
    | Latency p50 / p99 / max | {run.P50:0.0} / {run.P99:0.0} / {run.Max:0} ms | |
    | Baseline `/healthz`, same connections, {options.BaselineSeconds} s | {baseline.RequestsPerSecond:0} req/s (p50 {baseline.P50:0.0} ms, p99 {baseline.P99:0.0} ms) | |
    | RSS at start of soak / after warm-up ({options.WarmupSeconds} s) / end / max | {rss.First:0} / {rss.AfterWarmup:0} / {rss.Last:0} / {rss.Max:0} MB | |
    | RSS growth after warm-up (end vs. warm-up, each the mean of 3 samples) | {rss.GrowthPercent:+0.0;-0.0} % | ≤ 10 % |
    | Of which `RssAnon` (GC heap + native) / `RssFile` (mapped files) / `RssShmem` (JIT code), after warm-up → end | {Change(s => s.AnonMb)} / {Change(s => s.FileMb)} / {Change(s => s.ShmemMb)} MB | |
    | GC committed / GC heap after the last collection, after warm-up → end | {gc.Describe(culture)} | |
    | RSS 30 s after the load stopped (anon / file / shmem) | {idle.RssMb:0} MB ({idle.AnonMb:0} / {idle.FileMb:0} / {idle.ShmemMb:0}) | |
    | RSS each minute (MB) | {PerMinute(s => s.RssMb)} | |
    | `RssAnon` each minute (MB) | {PerMinute(s => s.AnonMb)} | |
    | GC committed each minute (MB) | {gc.PerMinute(culture)} | |
    | Result | {(passed ? "pass" : "FAIL")} | |
    """));
return passed ? 0 : 1;
