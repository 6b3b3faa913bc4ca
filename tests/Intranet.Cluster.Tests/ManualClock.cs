namespace Intranet.Cluster.Tests;

/// <summary>A clock a test moves by hand (leases and periods without waiting).</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
