using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Intranet.Bench.StaffDirectory.Http;

/// <summary>
/// Runs wrk (a separate process, so the load comes from outside the server) with a Lua script that rotates through
/// the given paths, and reads its latency distribution. Any non-2xx answer fails the run.
/// </summary>
internal sealed partial class Wrk(int seconds, int connections, int threads)
{
    public string Settings => $"wrk -t{threads} -c{connections} -d{seconds}s --latency";

    public async Task<WrkResult> RunAsync(string name, string baseUrl, IReadOnlyList<string> paths, string? cookie)
    {
        var script = Path.Combine(Path.GetTempPath(), $"bench-directory-{Guid.NewGuid():N}.lua");
        var lines = string.Join(",\n", paths.Select(p => "  \"" + p.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));
        await File.WriteAllTextAsync(script, $$"""
            -- Each wrk thread walks the same list from its own starting point.
            local paths = {
            {{lines}}
            }
            local i = 0
            function setup(thread)
              thread:set("offset", math.random(#paths))
            end
            function init(args)
              i = tonumber(offset) or 0
            end
            function request()
              i = i + 1
              return wrk.format("GET", paths[(i % #paths) + 1])
            end
            """);
        try
        {
            var start = new ProcessStartInfo("wrk", [$"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script])
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
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0 || !RequestsPerSecond().IsMatch(output))
            {
                throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {output}{error}");
            }

            if (Non2xx().Match(output) is { Success: true } non2xx)
            {
                throw new InvalidOperationException($"wrk saw error answers for {name}: {non2xx.Value}");
            }

            return new WrkResult(
                name,
                Percentile(output, "50"),
                Percentile(output, "90"),
                Percentile(output, "99"),
                Milliseconds(MaxLatency().Match(output).Groups[1].Value),
                double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
                long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static double Percentile(string output, string p) =>
        Milliseconds(Regex.Match(output, $@"^\s*{p}%\s+([\d.]+\w+)", RegexOptions.Multiline).Groups[1].Value);

    /// <summary>wrk prints "812.00us", "1.23ms" or "1.01s".</summary>
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

    [GeneratedRegex(@"Non-2xx or 3xx responses: \d+")]
    private static partial Regex Non2xx();
}
