using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>Runs <see cref="LearningReminderJob"/> once the application has started and then every hour.</summary>
public sealed class LearningReminderScheduler : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly LearningReminderJob _job;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _clock;
    private readonly ILogger<LearningReminderScheduler> _logger;

    public LearningReminderScheduler(LearningReminderJob job, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<LearningReminderScheduler> logger)
    {
        _job = job;
        _lifetime = lifetime;
        _clock = clock;
        _logger = logger;
    }

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
                var local = TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _clock.LocalTimeZone).DateTime;
                await _job.RunAsync(DateOnly.FromDateTime(local), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Learning reminders run failed.");
            }

            await Task.Delay(Interval, _clock, stoppingToken);
        }
    }
}
