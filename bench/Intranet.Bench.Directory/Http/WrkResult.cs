namespace Intranet.Bench.StaffDirectory.Http;

/// <summary>One wrk run's figures: latency percentiles in ms and requests per second.</summary>
internal sealed record WrkResult(string Name, double P50, double P90, double P99, double Max, double RequestsPerSecond, long Requests);
