using System.Diagnostics;
using System.Globalization;
using Intranet.Bench.Shared;

namespace Intranet.Bench.Soak;

/// <summary>
/// wrk as a separate process, rotating through a list of paths with one Lua script; unlike the other benches' runners
/// it counts failures (non-2xx/3xx answers, socket errors) rather than stopping at the first, since the soak reports them.
/// </summary>
internal static class SoakWrk
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
            if (process.ExitCode != 0 || !WrkOutput.IsComplete(output))
            {
                throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {output}{await error}");
            }

            var sockets = WrkOutput.SocketErrors(output);
            long Socket(int group) => sockets is null ? 0 : long.Parse(sockets.Groups[group].Value, CultureInfo.InvariantCulture);
            return new SoakRun(
                WrkOutput.Requests(output),
                WrkOutput.RequestsPerSecond(output),
                WrkOutput.Percentile(output, "50"),
                WrkOutput.Percentile(output, "99"),
                WrkOutput.MaxLatency(output),
                WrkOutput.Non2xx(output) is { } bad ? long.Parse(bad.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
                Socket(1),
                Socket(2),
                Socket(3),
                Socket(4));
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
}
