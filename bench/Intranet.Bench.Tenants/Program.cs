// Usage: dotnet run -c Release --project bench/Intranet.Bench.Tenants -- [--tenants 1000] [--web path/to/Intranet.Web.dll] [--wrk-seconds 15]
// Prints a Markdown section for docs/performance.md.
using System.Diagnostics;
using System.Globalization;
using Intranet.Bench.Tenants;

var options = BenchOptions.Parse(args);
await using var server = await ServerProcess.StartAsync(options.WebDll);
var client = new BenchClient(server.BaseUrl);
await client.SignInAsync(ServerProcess.AdminEmail, server.AdminPassword);

var rssAtStart = server.RssMegabytes();
var createTimes = new List<double>(options.Tenants);
var clock = Stopwatch.StartNew();
for (var i = 0; i < options.Tenants; i++)
{
    var started = Stopwatch.GetTimestamp();
    await client.CreateTenantAsync($"bench-{i:0000}", $"Đơn vị thử {i}");
    createTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    if ((i + 1) % 100 == 0)
    {
        Console.Error.WriteLine($"{i + 1} tenants, {clock.Elapsed.TotalSeconds:0}s, RSS {server.RssMegabytes():0} MB");
    }
}

var createAll = clock.Elapsed;
clock.Restart();
for (var i = 0; i < options.Tenants; i++)
{
    _ = await client.GetAsync($"/bench-{i:0000}/");
}

var touchAll = clock.Elapsed;
GC.KeepAlive(touchAll);
var rssAfter = server.RssMegabytes();

var wrk = new WrkRunner(options.WrkSeconds);
var bare = await wrk.RunAsync(server.BaseUrl + "/healthz", null);
var home = await wrk.RunAsync(server.BaseUrl + "/bench-0000/", client.CookieHeader);

createTimes.Sort();
var culture = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(culture, $"""
    ### Tenants: create + set up, memory, department home page

    | Measure | Value | Target |
    |---|---|---|
    | Tenants created and set up (department recipe, via `POST /api/tenants`) | {options.Tenants} | 1,000 |
    | Create + set up, median | {Percentile(createTimes, 50):0} ms | ≤ 300 ms |
    | Create + set up, p90 / p99 | {Percentile(createTimes, 90):0} / {Percentile(createTimes, 99):0} ms | |
    | All {options.Tenants} created in | {createAll.TotalSeconds:0} s | |
    | Each tenant's home page touched once in | {touchAll.TotalSeconds:0.0} s | |
    | Server RSS at start / after | {rssAtStart:0} MB / {rssAfter:0} MB | ≤ 512 MB |
    | Bare endpoint `/healthz` under wrk | {bare.RequestsPerSecond:0} req/s (p50 {bare.P50:0.##} ms) | baseline |
    | Department home page under wrk (signed in) | {home.RequestsPerSecond:0} req/s (p50 {home.P50:0.##} ms) | |
    | Home page / bare endpoint | {home.RequestsPerSecond / bare.RequestsPerSecond:P0} | ≥ 20 % |
    """));
return 0;

static double Percentile(List<double> sorted, int p) => sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
