namespace Intranet.Core.Cluster;

/// <summary>
/// Applies the signals other nodes published (<see cref="IClusterSignals"/>) to this node's caches. A cache that must
/// be right at the very next request (sessions) calls <see cref="CatchUpAsync"/> before it answers from memory.
/// </summary>
public interface IClusterSignalFeed
{
    void Subscribe(string channel, Action<string> invalidate);

    Task CatchUpAsync(CancellationToken cancellationToken = default);
}
