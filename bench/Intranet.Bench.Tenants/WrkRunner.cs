using System.Diagnostics;
using Intranet.Bench.Shared;

namespace Intranet.Bench.Tenants;

/// <summary>Runs wrk (a separate process: load from outside the server) and reads requests/s and the median latency with the benches' one summary reader.</summary>
internal sealed class WrkRunner
{
    private readonly int _seconds;

    public WrkRunner(int seconds) => _seconds = seconds;

    public async Task<WrkResult> RunAsync(string url, string? cookie)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", "-c32", $"-d{_seconds}s", "--latency", url]) { RedirectStandardOutput = true };
        if (!string.IsNullOrEmpty(cookie))
        {
            start.ArgumentList.Insert(0, "Cookie: " + cookie);
            start.ArgumentList.Insert(0, "-H");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (scripts/deps/bench.sh installs it)");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (WrkOutput.Non2xx(output) is { } non2xx)
        {
            throw new InvalidOperationException($"wrk saw non-2xx answers from {url}: {non2xx.Value}");
        }

        return new WrkResult(WrkOutput.RequestsPerSecond(output), WrkOutput.Percentile(output, "50"));
    }
}
