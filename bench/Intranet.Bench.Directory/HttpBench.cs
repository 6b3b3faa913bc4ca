using System.Diagnostics;
using System.Globalization;
using Intranet.Bench.StaffDirectory.Http;
using Intranet.Bench.Tenants;

namespace Intranet.Bench.StaffDirectory;

/// <summary>
/// Over HTTP: a real Release server on a fresh App_Data, departments created through the API with the department
/// recipe, people written straight into each department's database (the data is not the subject), the product's
/// own rebuild (the Search admin page's button), then wrk on the header typeahead signed in, rotating through the
/// same typed texts as the in-process run, against /healthz and an empty typeahead (same pipeline, no search) with
/// the same settings in the same run.
/// </summary>
internal static class HttpBench
{
    public static async Task RunAsync(string[] args)
    {
        var departments = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var perDepartment = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15;
        var connections = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 4;
        var web = Path.Combine(RepoRoot(), "src/Intranet.Web/bin/Release/net10.0/Intranet.Web.dll");

        var loadBefore = Load();
        await using var server = await ServerProcess.StartAsync(web);
        using var admin = new BenchClient(server.BaseUrl);
        await admin.SignInAsync(ServerProcess.AdminEmail, server.AdminPassword);

        var clock = Stopwatch.StartNew();
        var names = Enumerable.Range(1, departments).Select(i => $"don-vi-{i:000}").ToList();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            await admin.CreateTenantAsync(name, $"Đơn vị số {i + 1}");
            if ((i + 1) % 50 == 0)
            {
                Console.Error.WriteLine($"{i + 1} departments created, {clock.Elapsed.TotalSeconds:0} s");
            }
        }

        var createSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var random = new Random(2026);
        foreach (var name in names)
        {
            Seeder.Insert(server.DatabasePath(name), name, perDepartment, random);
        }

        var seedSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var (documents, serverSeconds) = await DirectoryRebuild.RunAsync(admin, atLeast: departments * perDepartment * 9 / 10);
        var rebuildSeconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"rebuilt: {documents} documents in {serverSeconds} s (server), {rebuildSeconds:0.0} s (wall)");

        var typed = BenchNames.Typed.Select(t => "/directory/typeahead?q=" + Uri.EscapeDataString(t)).ToList();
        var suggestions = 0;
        foreach (var path in typed.Concat(typed))
        {
            suggestions += CountOf(await admin.GetAsync(path), "directory-suggestion");
        }

        if (suggestions == 0)
        {
            throw new InvalidOperationException("The typeahead returned no suggestion: the bench would measure nothing.");
        }

        var rssBefore = server.RssMegabytes();
        var wrk = new Wrk(seconds, connections, threads: Math.Min(2, connections));
        var health = await wrk.RunAsync("Baseline: `GET /healthz` (anonymous, no MVC)", server.BaseUrl, ["/healthz"], null);
        var empty = await wrk.RunAsync("Baseline: `GET /directory/typeahead?q=` signed in (same pipeline and view, no search)", server.BaseUrl, ["/directory/typeahead?q="], admin.CookieHeader);
        // BENCH_TRACE=/path/x.nettrace: a sampled CPU profile of the server during the typeahead run (dotnet-trace).
        var trace = Environment.GetEnvironmentVariable("BENCH_TRACE") is { Length: > 0 } tracePath ? Trace(server.ProcessId, tracePath, Math.Max(1, seconds - 3)) : null;
        var search = await wrk.RunAsync($"Typeahead `GET /directory/typeahead?q=…` signed in, {BenchNames.Typed.Length} typed texts in turn", server.BaseUrl, typed, admin.CookieHeader);
        if (trace is not null)
        {
            await trace.WaitForExitAsync();
        }

        var rssAfter = server.RssMegabytes();
        var loadAfter = Load();

        string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        string Row(WrkResult r) =>
            $"| {r.Name} | {r.Requests:N0} | {r.RequestsPerSecond:N0} | {Ms(r.P50)} | {Ms(r.P90)} | {Ms(r.P99)} | {Ms(r.Max)} | {(r == health ? "—" : (r.P99 / health.P99).ToString("0.0", CultureInfo.InvariantCulture) + "×")} |";

        Console.WriteLine($"""
            ### Over HTTP, measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} shared cores, .NET {Environment.Version}, load average {loadBefore} → {loadAfter}

            A Release `Intranet.Web` process (Production environment, fresh App_Data). {departments} departments created through
            `POST /api/tenants` with the `department` recipe in {createSeconds:0} s; {perDepartment:N0} people written into each department's
            database ({seedSeconds:0.0} s, prepared inserts); the province index rebuilt with the Search admin page's button:
            **{serverSeconds:0.0} s** on the server ({rebuildSeconds:0.0} s until the bench saw it done) for {documents:N0} documents. Target ≤ 60 s.

            `{wrk.Settings}` from the same machine (wrk competes with the server for the 2 cores), signed in as the
            province administrator (session cookie), the {BenchNames.Typed.Length} typed texts of the in-process run in turn. Server RSS
            {rssBefore:0} MB before wrk, {rssAfter:0} MB after. Ratio = p99 over the `/healthz` p99 of the same run.

            | Request | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | p99 vs /healthz |
            |---|---:|---:|---:|---:|---:|---:|---:|
            {Row(health)}
            {Row(empty)}
            {Row(search)}

            Target: typeahead p99 ≤ 20 ms over HTTP under load.
            """);
    }

    private static Process Trace(int processId, string path, int seconds)
    {
        var tool = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet/tools/dotnet-trace");
        var start = new ProcessStartInfo(tool, ["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time",
            "--duration", $"00:00:00:{seconds:00}", "-o", path])
        {
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet-trace did not start");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static int CountOf(string text, string marker)
    {
        var count = 0;
        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run inside the repository.");
    }
}
