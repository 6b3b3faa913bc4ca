using System.Globalization;

namespace Intranet.Bench.Soak;

/// <summary>
/// One minute of the measured soak: wrk's own run for that minute, the server's side of it (its worst route p99, the
/// requests it logged as slow, its thread pool's queue) and the machine's (load, CPU pressure), so each timeout gets a cause.
/// </summary>
internal sealed record SoakMinute(int Number, SoakRun Run, double ServerP99Ms, int SlowRequests, double QueueMax, double Load, double CpuPressure, double RssMb)
{
    /// <summary>What the server's own slow-request log counts as slow (its default threshold, <c>Intranet:Diagnostics:SlowRequestSeconds</c>).</summary>
    public const double SlowSeconds = 5;

    /// <summary>
    /// Whose the minute's timeouts were. The server's when it logged a request it took ≥ 5 s over (half of wrk's
    /// timeout), its own p99 reached 5 s (its log lines can arrive late from a starved process), or it queued more work
    /// items than there are connections; otherwise each of them waited ≥ 5 s outside the server's handling — on this
    /// machine, a CPU run queue (load, pressure) the server and wrk both stood in.
    /// </summary>
    public string TimeoutCause(int connections)
    {
        if (Run.Timeouts == 0)
        {
            return "–";
        }

        var culture = CultureInfo.InvariantCulture;
        if (ServersFault(connections))
        {
            return string.Create(culture, $"server: {SlowRequests} requests took it ≥ {SlowSeconds:0} s, its p99 up to {ServerP99Ms:0} ms, thread-pool queue up to {QueueMax:0}");
        }

        return string.Create(culture, $"outside the server's handling (no request took it ≥ {SlowSeconds:0} s, its p99 ≤ {ServerP99Ms:0} ms, queue ≤ {QueueMax:0}); machine: load {Load:0.0}, CPU pressure {CpuPressure:0} %");
    }

    public bool ServersFault(int connections) =>
        Run.Timeouts > 0 && (SlowRequests > 0 || ServerP99Ms >= SlowSeconds * 1000 || QueueMax >= connections);
}
