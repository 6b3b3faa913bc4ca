namespace Intranet.Bench.Soak;

/// <summary>What one wrk run measured: throughput, latency percentiles in ms, and every kind of failure wrk counts.</summary>
internal sealed record SoakRun(long Requests, double RequestsPerSecond, double P50, double P99, double Max, long Non2xx3xx, long Connect, long Read, long Write, long Timeouts)
{
    public long SocketErrors => Connect + Read + Write + Timeouts;

    public long Errors => Non2xx3xx + SocketErrors;

    public string SocketDetail => SocketErrors == 0 ? "none" : $"connect {Connect}, read {Read}, write {Write}, timeout {Timeouts}";

    /// <summary>Back-to-back runs as one: counts add up, p50 is the median run's, p99 and max the worst run's.</summary>
    public static SoakRun Combine(IReadOnlyList<SoakRun> runs, double seconds)
    {
        var p50s = runs.Select(r => r.P50).Order().ToList();
        return new SoakRun(
            runs.Sum(r => r.Requests),
            runs.Sum(r => r.Requests) / seconds,
            p50s[p50s.Count / 2],
            runs.Max(r => r.P99),
            runs.Max(r => r.Max),
            runs.Sum(r => r.Non2xx3xx),
            runs.Sum(r => r.Connect),
            runs.Sum(r => r.Read),
            runs.Sum(r => r.Write),
            runs.Sum(r => r.Timeouts));
    }
}
