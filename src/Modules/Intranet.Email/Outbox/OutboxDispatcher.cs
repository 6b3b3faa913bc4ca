using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Email.Outbox;

/// <summary>Retries queued notifications in the background, every few seconds, as their back-off allows.</summary>
public sealed class OutboxDispatcher : BackgroundService
{
    private readonly EmailOutbox _outbox;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<OutboxDispatcher> _logger;

    public OutboxDispatcher(EmailOutbox outbox, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
    {
        _outbox = outbox;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, _options.PollSeconds)), _clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await _outbox.DeliverDueAsync(_clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The outbox database itself failed (disk full, locked): log and keep polling.
                _logger.LogError(ex, "Outbox dispatch failed");
            }
        }
    }
}
