namespace Intranet.Bench.Tenants;

/// <summary>Requests per second and the median latency in ms.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50);
