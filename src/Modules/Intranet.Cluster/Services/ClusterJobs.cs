using Intranet.Cluster.Data;
using Intranet.Core.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Cluster.Services;

/// <summary>
/// Once per cluster: a node runs a job only when it wins the job's lease row (a conditional UPDATE, atomic on SQLite
/// and PostgreSQL alike) and the last recorded start is a period old. The lease is renewed while the job runs, so a
/// long backup keeps it, and lapses when the node dies, so another node takes over. On PostgreSQL a session advisory
/// lock is held as well (<see cref="PostgresJobLock"/>): it goes with a dead node's connection at once, without
/// waiting for the lease.
/// </summary>
internal sealed class ClusterJobs : IClusterJobs
{
    internal static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly ClusterNode _node;
    private readonly TimeProvider _clock;
    private readonly ILogger<ClusterJobs> _logger;

    public ClusterJobs(IServiceScopeFactory scopes, ClusterNode node, TimeProvider clock, ILogger<ClusterJobs> logger)
    {
        _scopes = scopes;
        _node = node;
        _clock = clock;
        _logger = logger;
    }

    public async Task<bool> TryRunAsync(string name, TimeSpan period, Func<CancellationToken, Task> job, CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterDbContext>();
        await using var advisory = await PostgresJobLock.TryAcquireAsync(db, name, cancellationToken);
        if (advisory is { Acquired: false })
        {
            return false; // another node is running it now
        }

        await EnsureRowAsync(db, name, cancellationToken);
        var now = _clock.GetUtcNow().UtcDateTime;

        // Timers on two nodes drift apart by moments: a little slack keeps "due" from slipping a whole period.
        var dueIfStartedBefore = now - period + TimeSpan.FromTicks(Math.Min(period.Ticks / 10, TimeSpan.TicksPerMinute));
        var node = _node.Id;
        var leaseFree = advisory is { Acquired: true }; // holding the advisory lock, a left-over lease is a dead node's
        var taken = await db.JobRuns
            .Where(j => j.Name == name
                && (leaseFree || j.LockedUntilUtc == null || j.LockedUntilUtc < now)
                && (j.LastStartedUtc == null || j.LastStartedUtc <= dueIfStartedBefore))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LockedBy, node)
                .SetProperty(j => j.LockedUntilUtc, now + Lease)
                .SetProperty(j => j.LastStartedUtc, now)
                .SetProperty(j => j.LastNode, node), cancellationToken);
        if (taken == 0)
        {
            return false;
        }

        _logger.LogInformation("Job {Job} started on node {Node}", name, node);
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewAsync(name, renewal.Token);
        string? error = null;
        try
        {
            await job(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
            throw;
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
            var finished = _clock.GetUtcNow().UtcDateTime;
            error = error is { Length: > 2000 } ? error[..2000] : error;
            await db.JobRuns.Where(j => j.Name == name && j.LockedBy == node)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.LockedBy, (string?)null)
                    .SetProperty(j => j.LockedUntilUtc, (DateTime?)null)
                    .SetProperty(j => j.LastFinishedUtc, finished)
                    .SetProperty(j => j.LastError, error), CancellationToken.None);
        }
    }

    private static async Task EnsureRowAsync(ClusterDbContext db, string name, CancellationToken cancellationToken)
    {
        if (await db.JobRuns.AnyAsync(j => j.Name == name, cancellationToken))
        {
            return;
        }

        try
        {
            db.JobRuns.Add(new JobRun { Name = name });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node inserted it first: the row is there, which is all this needed.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task RenewAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClusterDbContext>();
            var node = _node.Id;
            while (true)
            {
                await Task.Delay(Lease / 3, _clock, cancellationToken);
                var until = _clock.GetUtcNow().UtcDateTime + Lease;
                await db.JobRuns.Where(j => j.Name == name && j.LockedBy == node)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedUntilUtc, until), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // the job finished
        }
        catch (Exception ex)
        {
            // The lease may lapse while the job still runs: another node could start it. Say so; the job goes on.
            _logger.LogWarning(ex, "Could not renew the lease of job {Job}", name);
        }
    }
}
