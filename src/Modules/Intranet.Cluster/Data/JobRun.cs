namespace Intranet.Cluster.Data;

/// <summary>One periodic job's lease and last run, shared by every node (the row is the lock on SQLite).</summary>
public sealed class JobRun
{
    public string Name { get; set; } = "";

    /// <summary>The node running it now; null when free.</summary>
    public string? LockedBy { get; set; }

    /// <summary>When a crashed holder's lease lapses and another node may take the job.</summary>
    public DateTime? LockedUntilUtc { get; set; }

    public DateTime? LastStartedUtc { get; set; }

    public DateTime? LastFinishedUtc { get; set; }

    public string? LastNode { get; set; }

    public string? LastError { get; set; }
}
