using Intranet.Core.Cluster;
using Intranet.Hr.Services.Rollup;
using Intranet.Hr.Services.Work;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Hr.Services.Closing;

/// <summary>
/// Runs <see cref="RecordClosingJob"/> once the application has started and then every hour, so a record due today
/// closes (and its account is disabled) within an hour of midnight local time, and a missed night is caught up.
/// Each run also brings the departments' stored work-list dates up to the current code lists (<see cref="WorkDatesJob"/>)
/// and reconciles the province roll-up's projection with the departments (<see cref="RollupProjection.ReconcileAsync"/>).
/// Every node's timer fires; <see cref="IClusterJobs"/> lets one of them run it per hour.
/// </summary>
public sealed class RecordClosingScheduler : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public const string JobName = "hr.record-closing";

    private readonly RecordClosingJob _job;
    private readonly IClusterJobs _cluster;
    private readonly WorkDatesJob _dates;
    private readonly RollupProjection _projection;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _clock;
    private readonly ILogger<RecordClosingScheduler> _logger;

    public RecordClosingScheduler(RecordClosingJob job, IClusterJobs cluster, WorkDatesJob dates, RollupProjection projection, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<RecordClosingScheduler> logger)
    {
        _job = job;
        _cluster = cluster;
        _dates = dates;
        _projection = projection;
        _lifetime = lifetime;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Today in the server's local time zone (the province's), which is when a decision takes effect.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clock.LocalTimeZone).DateTime);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Hosted services start before the start-up tasks: wait until the tenants are loaded and migrated.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (_lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _cluster.TryRunAsync(JobName, Interval, async ct =>
                {
                    var closed = await _job.RunAsync(Today(_clock), ct);
                    if (closed > 0)
                    {
                        _logger.LogInformation("HR closing: {Count} record(s) closed.", closed);
                    }

                    var recomputed = await _dates.RunAsync(ct);
                    if (recomputed > 0)
                    {
                        _logger.LogInformation("HR work dates: {Count} record(s) recomputed.", recomputed);
                    }

                    var rebuilt = await _projection.ReconcileAsync(Today(_clock), ct);
                    if (rebuilt > 0)
                    {
                        _logger.LogInformation("HR roll-up projection: {Count} department(s) rebuilt.", rebuilt);
                    }
                }, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "HR closing run failed.");
            }

            await Task.Delay(Interval, _clock, stoppingToken);
        }
    }
}
