using System.Diagnostics;
using System.Globalization;

namespace Intranet.Bench.Soak;

/// <summary>
/// The server's GC as <c>dotnet-counters collect</c> sees it (System.Runtime, CSV): memory the GC has committed and the
/// size of the heap after the last collection (all generations), so the report can tell the managed heap from the
/// rest of <c>RssAnon</c>. Optional: without dotnet-counters (<c>dotnet tool install -g dotnet-counters</c>) the soak runs without it.
/// </summary>
internal sealed class SoakGcCounters : IAsyncDisposable
{
    private const string Committed = "dotnet.gc.last_collection.memory.committed_size";
    private const string HeapSize = "dotnet.gc.last_collection.heap.size";

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
        var start = new ProcessStartInfo(tool, ["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "--counters", "System.Runtime",
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

    /// <summary>Stops the collection (SIGINT, so the CSV is complete) and reads it: (seconds on the soak's clock, committed MB, heap MB).</summary>
    public async Task<List<(double Seconds, double CommittedMb, double HeapMb)>> StopAsync()
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

    private List<(double Seconds, double CommittedMb, double HeapMb)> Parse(string[] lines)
    {
        var rows = new List<(double Seconds, double CommittedMb, double HeapMb)>();
        DateTime? first = null;
        foreach (var group in lines.Skip(1).Select(l => l.Split(',')).Where(f => f.Length >= 5).GroupBy(f => f[0]))
        {
            if (!DateTime.TryParse(group.Key, CultureInfo.InvariantCulture, out var time))
            {
                continue;
            }

            first ??= time;
            double Sum(string counter) => group.Where(f => f[2].StartsWith(counter, StringComparison.Ordinal))
                .Sum(f => double.Parse(f[4], CultureInfo.InvariantCulture)) / (1024 * 1024);
            var committed = Sum(Committed);
            if (committed > 0)
            {
                rows.Add((_startSeconds + (time - first.Value).TotalSeconds, committed, Sum(HeapSize)));
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
