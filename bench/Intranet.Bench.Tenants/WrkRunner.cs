using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Intranet.Bench.Tenants;

/// <summary>Runs wrk (a separate process: load from outside the server) and reads requests/s and the median latency.</summary>
internal sealed partial class WrkRunner
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
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var p50 = Median().Match(output).Groups[1].Value;
        var non2xx = Non2xx().Match(output);
        if (non2xx.Success)
        {
            throw new InvalidOperationException($"wrk saw non-2xx answers from {url}: {non2xx.Value}");
        }

        return new WrkResult(rps, p50);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"50%\s+([\d.]+\w+)")]
    private static partial Regex Median();

    [GeneratedRegex(@"Non-2xx or 3xx responses: \d+")]
    private static partial Regex Non2xx();
}
