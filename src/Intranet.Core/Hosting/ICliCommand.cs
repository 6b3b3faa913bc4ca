namespace Intranet.Core.Hosting;

/// <summary>
/// A command-line command for scripting, run as <c>dotnet run --project src/Intranet.Web -- {Group} {verb} …</c>.
/// Modules register them; the host dispatches on the first argument.
/// </summary>
public interface ICliCommand
{
    /// <summary>The first argument that selects the command ("tenants", "audit", "search").</summary>
    string Group { get; }

    string Help { get; }

    /// <summary>
    /// Whether the host's start-up tasks (migrations, registry, first-start setup) run before the command. A command
    /// that must find App_Data untouched (restoring a backup into an empty one) answers false.
    /// </summary>
    bool RunsStartupTasks(IReadOnlyList<string> args) => true;

    /// <summary>Runs with the arguments after the group; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken);
}
