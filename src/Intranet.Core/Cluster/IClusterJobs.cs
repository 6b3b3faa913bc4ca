namespace Intranet.Core.Cluster;

/// <summary>
/// Periodic work that must run once per cluster, not once per node: the caller's timer fires on every node, and this
/// lets one of them run the job when its period has passed since the last run recorded in the host database.
/// </summary>
public interface IClusterJobs
{
    /// <summary>
    /// Runs <paramref name="job"/> when no other node holds its lock and its last run started at least
    /// <paramref name="period"/> ago; records the run. False when skipped (another node has it, or it ran recently).
    /// </summary>
    Task<bool> TryRunAsync(string name, TimeSpan period, Func<CancellationToken, Task> job, CancellationToken cancellationToken = default);
}
