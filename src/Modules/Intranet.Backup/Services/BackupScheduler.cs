using Intranet.Core.Cluster;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Backup.Services;

/// <summary>
/// The hosted timer behind scheduled backups: sleeps until the next run of <c>Intranet:Backup:Schedule</c> (or
/// <c>Interval</c>), runs <see cref="ScheduledBackupJob"/>, repeats. Without a schedule it does nothing.
/// A plain timer is enough for one daily job; it re-reads the options each time, so a changed schedule applies.
/// Every node's timer fires at the scheduled time; <see cref="IClusterJobs"/> lets one of them back up.
/// </summary>
public sealed class BackupScheduler : BackgroundService
{
    public const string JobName = "backup.scheduled";

    private readonly ScheduledBackupJob _job;
    private readonly IClusterJobs _cluster;
    private readonly IOptionsMonitor<BackupOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<BackupScheduler> _logger;
    private readonly IHostApplicationLifetime _lifetime;

    public BackupScheduler(ScheduledBackupJob job, IClusterJobs cluster, IOptionsMonitor<BackupOptions> options, ILogger<BackupScheduler> logger, IHostApplicationLifetime lifetime, TimeProvider? clock = null)
    {
        _job = job;
        _cluster = cluster;
        _lifetime = lifetime;
        _options = options;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Hosted services start before the start-up tasks have set the host up: never back up a half-started App_Data.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (_lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        var logged = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = _clock.GetUtcNow();
            if (BackupSchedule.Next(_options.CurrentValue, now, _clock.LocalTimeZone) is not { } next)
            {
                if (!logged && !string.IsNullOrWhiteSpace(_options.CurrentValue.Schedule))
                {
                    _logger.LogError("Intranet:Backup:Schedule '{Schedule}' is not a daily time HH:mm; no scheduled backups", _options.CurrentValue.Schedule);
                }

                logged = true;
                await Task.Delay(TimeSpan.FromMinutes(1), _clock, stoppingToken); // the options may change
                continue;
            }

            _logger.LogInformation("Next scheduled backup at {Next:u}", next);
            await Task.Delay(next - now, _clock, stoppingToken);
            // Two starts closer than this are one scheduled run seen by two nodes, not two runs.
            var oncePer = _options.CurrentValue.Interval is { } interval && interval > TimeSpan.Zero ? interval / 2 : TimeSpan.FromHours(1);
            await _cluster.TryRunAsync(JobName, oncePer, _job.RunAsync, stoppingToken);
        }
    }
}
