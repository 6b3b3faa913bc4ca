using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intranet.Core.Hosting;

/// <summary>Runs the start-up tasks in order; hosted services start before the server listens, so no request sees a half-started host.</summary>
public sealed class StartupTaskRunner : IHostedService
{
    private readonly IServiceScopeFactory _scopes;

    public StartupTaskRunner(IServiceScopeFactory scopes) => _scopes = scopes;

    public async Task StartAsync(CancellationToken cancellationToken) => await RunAllAsync(_scopes, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task RunAllAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(cancellationToken);
        }
    }
}
