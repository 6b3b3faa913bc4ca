namespace Intranet.Bench.Soak;

/// <summary>One interval of dotnet-counters: GC committed and heap (MB), the server's worst route p99 (ms, NaN when no request ended), the thread pool's queue.</summary>
internal sealed record SoakCounters(double Seconds, double CommittedMb, double HeapMb, double ServerP99Ms, double ThreadPoolQueue);
