using System.Diagnostics;
using System.Globalization;

namespace Intranet.Bench.Soak;

/// <summary>
/// The server as <c>dotnet-counters collect</c> sees it (CSV): memory the GC has committed and the size of the heap
/// after the last collection (all generations), so the report can tell the managed heap from the rest of
/// <c>RssAnon</c>; and, to tell a slow server from a starved client, the server's own request duration (the worst
/// route's p99 in each interval, as ASP.NET Core measures it from the request's start to its end) and the thread
/// pool's queue length. Optional: without dotnet-counters (<c>dotnet tool install -g dotnet-counters</c>) the soak
/// runs without it.
/// </summary>
internal sealed class SoakGcCounters : IAsyncDisposable
{
    private const string Committed = "dotnet.gc.last_collection.memory.committed_size";
    private const string HeapSize = "dotnet.gc.last_collection.heap.size";
    private const string RequestDuration = "http.server.request.duration";
    private const string QueueLength = "dotnet.thread_pool.queue.length";

    private readonly Process _process;
    private readonly string _file;
    private readonly double _startSeconds;

    private SoakGcCounters(Process process, string file, double startSeconds)
    {
        _process = process;
        _file = file;
        _startSeconds = startSeconds;
    }

    public static SoakGcCounters? Start(int processId, int intervalSeconds, double startSeconds)
    {
        var tool = Tool();
        if (tool is null)
        {
            Console.Error.WriteLine("dotnet-counters not found: no GC figures");
            return null;
        }

        var file = Path.Combine(Path.GetTempPath(), $"bench-soak-{Guid.NewGuid():N}.csv");
        var start = new ProcessStartInfo(tool, ["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "--counters", "System.Runtime,Microsoft.AspNetCore.Hosting",
            "--format", "csv", "-o", file, "--refresh-interval", intervalSeconds.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet-counters did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // The first row is written one interval after the collection starts.
        return new SoakGcCounters(process, file, startSeconds + intervalSeconds);
    }

    /// <summary>Stops the collection (SIGINT, so the CSV is complete) and reads it: one row per interval, on the soak's clock.</summary>
    public async Task<List<SoakCounters>> StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }

        return File.Exists(_file) ? Parse(await File.ReadAllLinesAsync(_file)) : [];
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
        File.Delete(_file);
        return ValueTask.CompletedTask;
    }

    private List<SoakCounters> Parse(string[] lines)
    {
        var rows = new List<SoakCounters>();
        DateTime? first = null;
        // Timestamp,Provider,Counter Name,Counter Type,Mean/Increment; the counter name carries its tags in brackets.
        foreach (var group in lines.Skip(1).Select(l => l.Split(',')).Where(f => f.Length >= 5).GroupBy(f => f[0]))
        {
            if (!DateTime.TryParse(group.Key, CultureInfo.InvariantCulture, out var time))
            {
                continue;
            }

            first ??= time;
            IEnumerable<double> Values(string counter) => group.Where(f => f[2].StartsWith(counter, StringComparison.Ordinal))
                .Select(f => double.Parse(f[^1], CultureInfo.InvariantCulture));
            var committed = Values(Committed).Sum() / (1024 * 1024);
            // The histogram's rows: one per route and status, each with Percentile=50|95|99, in seconds.
            var p99 = group.Where(f => f[2].StartsWith(RequestDuration, StringComparison.Ordinal) && string.Join(',', f).Contains("Percentile=99", StringComparison.Ordinal))
                .Select(f => double.Parse(f[^1], CultureInfo.InvariantCulture) * 1000).DefaultIfEmpty(double.NaN).Max();
            if (committed > 0)
            {
                rows.Add(new SoakCounters(_startSeconds + (time - first.Value).TotalSeconds, committed, Values(HeapSize).Sum() / (1024 * 1024), p99,
                    Values(QueueLength).DefaultIfEmpty(double.NaN).Sum()));
            }
        }

        return rows;
    }

    private static string? Tool()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append(Path.Combine(home, ".dotnet", "tools"))
            .Select(dir => Path.Combine(dir, "dotnet-counters"));
        return candidates.FirstOrDefault(File.Exists);
    }
}
