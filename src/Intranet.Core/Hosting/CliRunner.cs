using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Hosting;

/// <summary>Runs a CLI command instead of the web server when the first argument names a command group.</summary>
public static class CliRunner
{
    public static bool IsCommand(IServiceProvider services, string[] args)
    {
        if (args.Length == 0)
        {
            return false;
        }

        // Commands are scoped: resolving them from the root fails under scope validation (Development).
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetServices<ICliCommand>().Any(c => c.Group == args[0]);
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken = default)
    {
        await using (var probe = services.CreateAsyncScope())
        {
            if (probe.ServiceProvider.GetServices<ICliCommand>().First(c => c.Group == args[0]).RunsStartupTasks(args[1..]))
            {
                await StartupTaskRunner.RunAllAsync(services.GetRequiredService<IServiceScopeFactory>(), cancellationToken);
            }
        }

        await using var scope = services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().First(c => c.Group == args[0]);
        return await command.RunAsync(args[1..], Console.Out, cancellationToken);
    }
}
