using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Intranet.Bench.Tenants;

/// <summary>
/// The real host as its own process (Release build, Production environment) on a fresh App_Data, or, to restart
/// after a kill, on a given App_Data and port. Shared by the benches and the crash suite (linked, not copied).
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string AdminEmail = "quantri@bench.test";

    /// <summary>How long a start may take: the demo province's recipe took 200 s at a load average of 70 on 2 cores.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);

    private readonly Process _process;

    private ServerProcess(Process process, string appData, int port, string adminPassword)
    {
        _process = process;
        AppData = appData;
        Port = port;
        BaseUrl = $"http://127.0.0.1:{port}";
        AdminPassword = adminPassword;
    }

    public string AppData { get; }

    public int Port { get; }

    public string BaseUrl { get; }

    public string AdminPassword { get; }

    public int ProcessId => _process.Id;

    /// <summary>Each line the server writes to stdout (its console log), for benches that read the server's warnings.</summary>
    public event Action<string>? Output;

    /// <summary>How long the last start took until <c>/healthz</c> answered.</summary>
    public TimeSpan StartTime { get; private set; }

    /// <summary>
    /// Starts the host. <paramref name="appData"/>, <paramref name="port"/> and <paramref name="adminPassword"/> are
    /// given to restart on what an earlier run left (else fresh ones); <paramref name="settings"/> are extra configuration
    /// keys (<c>Intranet:Setup:DemoRecipe</c>, …) passed as environment variables.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(
        string webDll, string? appData = null, int port = 0, string? adminPassword = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(webDll))
        {
            throw new FileNotFoundException("Build the server first: dotnet build src/Intranet.Web -c Release", webDll);
        }

        port = port == 0 ? FreePort() : port;
        appData ??= Path.Combine(Path.GetTempPath(), "intranet-bench", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(appData);
        var password = adminPassword ?? "Bench-" + Guid.NewGuid().ToString("N");
        var start = Command(webDll, appData, ["--urls", $"http://127.0.0.1:{port}"]);
        start.Environment["Intranet__Setup__AdminEmail"] = AdminEmail;
        start.Environment["Intranet__Setup__AdminPassword"] = password;
        start.Environment["Intranet__Setup__DemoRecipe"] = "";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServerProcess(process, appData, port, password);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { server.Output?.Invoke(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("server: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        // A wall-clock deadline: on a loaded machine each probe itself can take seconds, so counting probes undercounts.
        while (clock.Elapsed < StartTimeout)
        {
            try
            {
                if ((await http.GetAsync(server.BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    server.StartTime = clock.Elapsed;
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(50);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"The server did not answer /healthz within {StartTimeout.TotalSeconds:0} s.");
    }

    /// <summary>Runs a command of the host's CLI (<c>audit verify --all</c>, …) on <paramref name="appData"/>; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string webDll, string appData, params string[] args)
    {
        var start = Command(webDll, appData, args);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + await error);
    }

    /// <summary>A department's database (the Directory bench writes its people there).</summary>
    public string DatabasePath(string tenant) => Path.Combine(AppData, "Sites", tenant, "intranet.db");

    /// <summary>Resident set size of the server process, from /proc.</summary>
    public double RssMegabytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
            }
        }

        return double.NaN;
    }

    /// <summary>kill -9: no shutdown hooks, no flush; App_Data stays for a restart.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static ProcessStartInfo Command(string webDll, string appData, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet", [webDll, .. args])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Intranet__Data__AppDataPath"] = appData;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
