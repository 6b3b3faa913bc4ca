namespace Intranet.Bench.Soak;

/// <summary>What one wrk run measured: throughput, latency percentiles in ms, and every kind of failure wrk counts.</summary>
internal sealed record SoakRun(long Requests, double RequestsPerSecond, double P50, double P99, double Max, long Non2xx3xx, long SocketErrors, string SocketDetail)
{
    public long Errors => Non2xx3xx + SocketErrors;
}
