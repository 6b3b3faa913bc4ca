using System.Diagnostics;
using Intranet.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Backup.Tests;

/// <summary>Runs CLI commands as the host would: in process (the command classes) or as the real entry point.</summary>
internal static class Cli
{
    public static async Task<(int Code, string Output)> RunAsync(IServiceProvider services, params string[] args)
    {
        await using var scope = services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().Single(c => c.Group == args[0]);
        using var output = new StringWriter();
        var code = await command.RunAsync(args[1..], output, CancellationToken.None);
        return (code, output.ToString());
    }

    /// <summary><c>dotnet Intranet.Web.dll …</c>, the same entry point as <c>dotnet run --project src/Intranet.Web -- …</c>.</summary>
    public static async Task<(int Code, string Output)> RunProcessAsync(string appData, params string[] args)
    {
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(web)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(web);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Intranet__Data__AppDataPath"] = appData;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment.Remove("INTRANET_BACKUP_KEY");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
