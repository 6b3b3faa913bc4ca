namespace Intranet.Bench.Tenants;

internal sealed record WrkResult(double RequestsPerSecond, string P50);
