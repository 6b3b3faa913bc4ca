using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Learning.Services.Certs;

/// <summary>
/// Runs <see cref="CertificateReminderJob"/> once the application has started and then every six hours: the
/// day's reminders go out on that day even after a restart, and each certificate is reminded only once.
/// </summary>
internal sealed class CertificateReminderScheduler : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    private readonly CertificateReminderJob _job;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _clock;
    private readonly ILogger<CertificateReminderScheduler> _logger;

    public CertificateReminderScheduler(CertificateReminderJob job, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<CertificateReminderScheduler> logger)
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
                var sent = await _job.RunAsync(LearningClock.Today(_clock), stoppingToken);
                if (sent > 0)
                {
                    _logger.LogInformation("Learning: {Count} re-certification reminder(s) sent.", sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Learning: re-certification reminders failed.");
            }

            await Task.Delay(Interval, _clock, stoppingToken);
        }
    }
}
