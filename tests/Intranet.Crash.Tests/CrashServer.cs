using Intranet.Bench.Tenants;

namespace Intranet.Crash.Tests;

/// <summary>
/// One server's life across kills: the same App_Data, port and administrator, so the signed-in client's cookie and
/// token stay valid after every restart (the data-protection keys live in App_Data). Start-up times are kept, since
/// they are most of the suite's run time.
/// </summary>
public sealed class CrashServer : IAsyncLifetime
{
    private ServerProcess? _process;

    public static string WebDll => Path.Combine(BenchOptions.RepoRoot(), "src/Intranet.Web/bin/Release/net10.0/Intranet.Web.dll");

    internal ServerProcess Process => _process ?? throw new InvalidOperationException("The server is not running.");

    internal BenchClient Client { get; private set; } = null!;

    public string AppData => Process.AppData;

    public List<TimeSpan> StartTimes { get; } = [];

    public int Kills { get; private set; }

    public async Task InitializeAsync()
    {
        _process = await ServerProcess.StartAsync(WebDll);
        StartTimes.Add(_process.StartTime);
        Client = new BenchClient(_process.BaseUrl);
        await Client.SignInAsync(ServerProcess.AdminEmail, _process.AdminPassword);
    }

    /// <summary>kill -9 now, then start again on what the dead process left.</summary>
    public async Task KillAndRestartAsync()
    {
        await KillAsync();
        await RestartAsync();
    }

    public async Task KillAsync()
    {
        await Process.KillAsync();
        Kills++;
    }

    public async Task RestartAsync()
    {
        var dead = Process;
        _process = await ServerProcess.StartAsync(WebDll, dead.AppData, dead.Port, dead.AdminPassword);
        StartTimes.Add(_process.StartTime);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
