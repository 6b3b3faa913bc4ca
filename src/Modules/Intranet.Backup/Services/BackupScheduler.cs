using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Backup.Services;

/// <summary>
/// The hosted timer behind scheduled backups: sleeps until the next run of <c>Intranet:Backup:Schedule</c> (or
/// <c>Interval</c>), runs <see cref="ScheduledBackupJob"/>, repeats. Without a schedule it does nothing.
/// A plain timer is enough for one daily job; it re-reads the options each time, so a changed schedule applies.
/// </summary>
public sealed class BackupScheduler : BackgroundService
{
    private readonly ScheduledBackupJob _job;
    private readonly IOptionsMonitor<BackupOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<BackupScheduler> _logger;
    private readonly IHostApplicationLifetime _lifetime;

    public BackupScheduler(ScheduledBackupJob job, IOptionsMonitor<BackupOptions> options, ILogger<BackupScheduler> logger, IHostApplicationLifetime lifetime, TimeProvider? clock = null)
    {
        _job = job;
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
            await _job.RunAsync(stoppingToken);
        }
    }
}
