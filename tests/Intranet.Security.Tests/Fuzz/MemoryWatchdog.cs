namespace Intranet.Security.Tests.Fuzz;

/// <summary>
/// Stops the test process before it takes the machine down: a request that makes the server grow by
/// gigabytes (a decompression or row-index bomb on unfixed code) ends the run with the request named,
/// instead of the kernel's OOM killer ending it anonymously.
/// </summary>
public sealed class MemoryWatchdog : IDisposable
{
    private readonly long _limit;
    private readonly Timer _timer;

    public MemoryWatchdog(long headroomBytes)
    {
        _limit = Environment.WorkingSet + headroomBytes;
        _timer = new Timer(_ => Check(), null, 200, 200);
    }

    /// <summary>The request being sent when the limit was crossed; set by the runner.</summary>
    public string Current { get; set; } = "";

    public long Peak { get; private set; }

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        var now = Environment.WorkingSet;
        Peak = Math.Max(Peak, now);
        if (now > _limit)
        {
            Environment.FailFast($"Fuzzing: the process grew past {_limit / (1024 * 1024)} MB (now {now / (1024 * 1024)} MB) while sending {Current}.");
        }
    }
}
