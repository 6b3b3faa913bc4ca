using System.Globalization;
using System.Text.RegularExpressions;

namespace Intranet.Bench.Shared;

/// <summary>Reads wrk's printed summary (run with --latency); shared by the benches that drive wrk with a Lua script.</summary>
internal static partial class WrkOutput
{
    public static bool IsComplete(string output) => RequestsPerSecondPattern().IsMatch(output);

    public static double RequestsPerSecond(string output) =>
        double.Parse(RequestsPerSecondPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);

    public static long Requests(string output) =>
        long.Parse(RequestsPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);

    public static double MaxLatency(string output) => Milliseconds(MaxLatencyPattern().Match(output).Groups[1].Value);

    /// <summary>wrk prints "50%" or "50.000%" depending on the version.</summary>
    public static double Percentile(string output, string p) =>
        Milliseconds(Regex.Match(output, $@"^\s*{p}(\.0+)?%\s+([\d.]+\w+)", RegexOptions.Multiline).Groups[2].Value);

    /// <summary>The "Non-2xx or 3xx responses: N" line, or null when every answer was 2xx/3xx.</summary>
    public static Match? Non2xx(string output) => Non2xxPattern().Match(output) is { Success: true } m ? m : null;

    /// <summary>The "Socket errors: …" line, or null when there were none.</summary>
    public static Match? SocketErrors(string output) => SocketErrorsPattern().Match(output) is { Success: true } m ? m : null;

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
    private static partial Regex RequestsPerSecondPattern();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"Latency\s+[\d.]+\w+\s+[\d.]+\w+\s+([\d.]+\w+)")]
    private static partial Regex MaxLatencyPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xxPattern();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsPattern();
}
