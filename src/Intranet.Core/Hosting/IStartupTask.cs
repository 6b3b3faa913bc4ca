namespace Intranet.Core.Hosting;

/// <summary>Work that must finish before the first request (migrate the host database, load the registry, first-start setup).</summary>
public interface IStartupTask
{
    /// <summary>Lower runs first. Host schema: 0–99; registry: 100–199; first-start setup: 200+.</summary>
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
