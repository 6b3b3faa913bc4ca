using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Intranet.Bench.Soak;

/// <summary>
/// wrk as a separate process, rotating through a list of paths with one Lua script; unlike the other benches' runners
/// it counts failures (non-2xx/3xx answers, socket errors) rather than stopping at the first, since the soak reports them.
/// </summary>
internal static partial class SoakWrk
{
    public static string Command(int seconds, int connections, string script, string url) =>
        $"wrk -t2 -c{connections} -d{seconds}s --timeout 10s --latency -s {script} -H 'Cookie: …' {url}";

    public static async Task<SoakRun> RunAsync(string baseUrl, IReadOnlyList<string> paths, string? cookie, int seconds, int connections)
    {
        var script = Path.Combine(Path.GetTempPath(), $"bench-soak-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Script(paths));
        try
        {
            var start = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "--latency", "-s", script])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (!string.IsNullOrEmpty(cookie))
            {
                start.ArgumentList.Add("-H");
                start.ArgumentList.Add("Cookie: " + cookie);
            }

            start.ArgumentList.Add(baseUrl);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (scripts/deps/bench.sh installs it)");
            var error = process.StandardError.ReadToEndAsync();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0 || !RequestsPerSecond().IsMatch(output))
            {
                throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {output}{await error}");
            }

            var sockets = SocketErrors().Match(output);
            var socketErrors = sockets.Success ? Enumerable.Range(1, 4).Sum(g => long.Parse(sockets.Groups[g].Value, CultureInfo.InvariantCulture)) : 0;
            return new SoakRun(
                long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
                double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
                Percentile(output, "50"),
                Percentile(output, "99"),
                Milliseconds(MaxLatency().Match(output).Groups[1].Value),
                Non2xx().Match(output) is { Success: true } bad ? long.Parse(bad.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
                socketErrors,
                sockets.Success ? sockets.Value.Trim() : "none");
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>Each connection walks the mix from its own offset, so all kinds of request run at every moment.</summary>
    private static string Script(IReadOnlyList<string> paths)
    {
        var lines = string.Join(",\n", paths.Select(p => "  \"" + p.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));
        return $$"""
            local paths = {
            {{lines}}
            }
            local i = 0
            local n = 0
            function setup(thread)
              n = n + 1
              thread:set("offset", n * 7)
            end
            function init(args)
              i = tonumber(offset) or 0
            end
            function request()
              i = i + 1
              return wrk.format("GET", paths[(i % #paths) + 1])
            end
            """;
    }

    private static double Percentile(string output, string p) =>
        Milliseconds(Regex.Match(output, $@"^\s*{p}(\.0+)?%\s+([\d.]+\w+)", RegexOptions.Multiline).Groups[2].Value);

    /// <summary>wrk prints "812.00us", "1.23ms", "1.01s" or "1.02m".</summary>
    private static double Milliseconds(string value)
    {
        var unit = value.TrimStart("0123456789.".ToCharArray());
        var number = double.Parse(value[..^unit.Length], CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            _ => throw new FormatException($"Unknown wrk latency unit in '{value}'."),
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Latency\s+[\d.]+\w+\s+[\d.]+\w+\s+([\d.]+\w+)")]
    private static partial Regex MaxLatency();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
