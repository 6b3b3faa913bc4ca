using Intranet.Cluster.Data;
using Intranet.Core.Cluster;

namespace Intranet.Cluster.Services;

/// <summary>
/// Writes one row per stale owner. The context is the scope's, so inside a <see cref="Core.Data.DataTransactionScope"/>
/// the rows commit (or roll back) with the change they announce.
/// </summary>
internal sealed class ClusterSignals : IClusterSignals
{
    private readonly ClusterDbContext _db;
    private readonly ClusterNode _node;
    private readonly TimeProvider _clock;

    public ClusterSignals(ClusterDbContext db, ClusterNode node, TimeProvider clock)
    {
        _db = db;
        _node = node;
        _clock = clock;
    }

    public async Task PublishAsync(string channel, IReadOnlyCollection<string> owners, CancellationToken cancellationToken = default)
    {
        if (Add(channel, owners))
        {
            await _db.SaveChangesAsync(cancellationToken);
            _db.ChangeTracker.Clear();
        }
    }

    public void Publish(string channel, IReadOnlyCollection<string> owners)
    {
        if (Add(channel, owners))
        {
            _db.SaveChanges();
            _db.ChangeTracker.Clear();
        }
    }

    private bool Add(string channel, IReadOnlyCollection<string> owners)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var owner in owners.Distinct(StringComparer.Ordinal))
        {
            _db.Signals.Add(new ClusterSignal { Channel = channel, Owner = owner.Length > 500 ? owner[..500] : owner, Node = _node.Id, CreatedUtc = now });
        }

        return owners.Count > 0;
    }
}
