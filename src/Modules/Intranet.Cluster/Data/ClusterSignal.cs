namespace Intranet.Cluster.Data;

/// <summary>"The cached entries of this owner are stale": written by the node that changed it, read by the others.</summary>
public sealed class ClusterSignal
{
    public long Id { get; set; }

    public string Channel { get; set; } = "";

    public string Owner { get; set; } = "";

    public string Node { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
