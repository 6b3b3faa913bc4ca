using Intranet.Cluster.Data;
using Intranet.Cluster.Services;
using Intranet.Core.Cluster;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intranet.Cluster.Tests;

/// <summary>A periodic job runs once per period across nodes, and a dead node's lease lapses.</summary>
public sealed class ClusterJobsTests : IClassFixture<IntranetFactory>
{
    private readonly IntranetFactory _factory;

    public ClusterJobsTests(IntranetFactory factory) => _factory = factory;

    private ClusterJobs Node(string id, TimeProvider clock) =>
        new(_factory.Services.GetRequiredService<IServiceScopeFactory>(), new ClusterNode(id), clock, NullLogger<ClusterJobs>.Instance);

    [Fact]
    public async Task TwoNodesFiringTogether_RunTheJobOnce_AndAgainOnlyAfterItsPeriod()
    {
        var clock = new ManualClock();
        var job = "test.together." + Guid.NewGuid().ToString("N")[..6];
        var runs = 0;
        async Task Work(CancellationToken ct)
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(200, ct);
        }

        var a = Node("node-a", clock);
        var b = Node("node-b", clock);
        var started = await Task.WhenAll(a.TryRunAsync(job, TimeSpan.FromHours(1), Work), b.TryRunAsync(job, TimeSpan.FromHours(1), Work));
        Assert.Equal(1, runs);
        Assert.Single(started, s => s);

        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.False(await b.TryRunAsync(job, TimeSpan.FromHours(1), Work), "ran half an hour ago: not due");
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.True(await b.TryRunAsync(job, TimeSpan.FromHours(1), Work));
        Assert.Equal(2, runs);

        var row = await RowAsync(job);
        Assert.Equal("node-b", row.LastNode);
        Assert.Null(row.LockedBy);
        Assert.NotNull(row.LastFinishedUtc);
    }

    [Fact]
    public async Task ALeaseHeldByADeadNode_LapsesAndAnotherNodeRunsTheJob()
    {
        var clock = new ManualClock();
        var job = "test.dead." + Guid.NewGuid().ToString("N")[..6];
        var runs = 0;
        Task Work(CancellationToken ct)
        {
            runs++;
            return Task.CompletedTask;
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            // A node took the job two hours after its last run and died before finishing.
            var now = clock.GetUtcNow().UtcDateTime;
            var db = scope.ServiceProvider.GetRequiredService<ClusterDbContext>();
            db.JobRuns.Add(new JobRun { Name = job, LockedBy = "node-dead", LockedUntilUtc = now + ClusterJobs.Lease, LastStartedUtc = now - TimeSpan.FromHours(2) });
            await db.SaveChangesAsync();
        }

        var b = Node("node-b", clock);
        Assert.False(await b.TryRunAsync(job, TimeSpan.FromHours(1), Work), "the lease still holds");
        clock.Advance(ClusterJobs.Lease + TimeSpan.FromSeconds(1));
        Assert.True(await b.TryRunAsync(job, TimeSpan.FromHours(1), Work));
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task AFailedRun_IsRecorded_AndFreesTheLease()
    {
        var clock = new ManualClock();
        var job = "test.failed." + Guid.NewGuid().ToString("N")[..6];
        var a = Node("node-a", clock);
        await Assert.ThrowsAsync<InvalidOperationException>(() => a.TryRunAsync(job, TimeSpan.FromHours(1), _ => throw new InvalidOperationException("ổ đĩa đầy")));

        var row = await RowAsync(job);
        Assert.Null(row.LockedBy);
        Assert.Contains("ổ đĩa đầy", row.LastError, StringComparison.Ordinal);
    }

    private async Task<JobRun> RowAsync(string job)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClusterDbContext>().JobRuns.AsNoTracking().SingleAsync(j => j.Name == job);
    }
}
