using System.Diagnostics;
using Intranet.Bench.Shared;

namespace Intranet.Bench.StaffDirectory.Http;

/// <summary>
/// Runs wrk (a separate process, so the load comes from outside the server) with a Lua script that rotates through
/// the given paths, and reads its latency distribution. Any non-2xx answer fails the run.
/// </summary>
internal sealed class Wrk(int seconds, int connections, int threads)
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
            if (process.ExitCode != 0 || !WrkOutput.IsComplete(output))
            {
                throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {output}{error}");
            }

            if (WrkOutput.Non2xx(output) is { } non2xx)
            {
                throw new InvalidOperationException($"wrk saw error answers for {name}: {non2xx.Value}");
            }

            return new WrkResult(
                name,
                WrkOutput.Percentile(output, "50"),
                WrkOutput.Percentile(output, "90"),
                WrkOutput.Percentile(output, "99"),
                WrkOutput.MaxLatency(output),
                WrkOutput.RequestsPerSecond(output),
                WrkOutput.Requests(output));
        }
        finally
        {
            File.Delete(script);
        }
    }
}
