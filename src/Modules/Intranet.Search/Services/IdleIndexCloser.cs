using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Search.Services;

/// <summary>Closes indexes nobody used for a while (Intranet:Search:IdleMinutes, default 10): writers and memory maps are per tenant.</summary>
public sealed class IdleIndexCloser : BackgroundService
{
    private readonly SearchIndexManager _indexes;
    private readonly ILogger<IdleIndexCloser> _logger;
    private readonly TimeSpan _idle;

    public IdleIndexCloser(SearchIndexManager indexes, IConfiguration configuration, ILogger<IdleIndexCloser> logger)
    {
        _indexes = indexes;
        _logger = logger;
        _idle = TimeSpan.FromMinutes(configuration.GetValue("Intranet:Search:IdleMinutes", 10.0));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(_idle.TotalSeconds / 2, 1, 60)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var closed = _indexes.CloseIdle(_idle);
                if (closed > 0)
                {
                    _logger.LogDebug("Closed {Count} idle search indexes.", closed);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the manager closes what is left when the container is disposed.
        }
    }
}
