namespace Intranet.Core.Cluster;

/// <summary>
/// Tells the other nodes that cached entries of an owner are stale (scoped: the record joins the scope's host
/// transaction when one is active, so it commits with the change it announces).
/// </summary>
public interface IClusterSignals
{
    Task PublishAsync(string channel, IReadOnlyCollection<string> owners, CancellationToken cancellationToken = default);

    /// <summary>For synchronous SaveChanges paths.</summary>
    void Publish(string channel, IReadOnlyCollection<string> owners);
}
