using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Intranet.Bench.Tenants;

/// <summary>The real host as its own process (Release build, Production environment) on a fresh App_Data.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string AdminEmail = "quantri@bench.test";

    private readonly Process _process;

    private ServerProcess(Process process, string appData, string baseUrl, string adminPassword)
    {
        _process = process;
        AppData = appData;
        BaseUrl = baseUrl;
        AdminPassword = adminPassword;
    }

    public string AppData { get; }

    public string BaseUrl { get; }

    public string AdminPassword { get; }

    public int ProcessId => _process.Id;

    public static async Task<ServerProcess> StartAsync(string webDll)
    {
        if (!File.Exists(webDll))
        {
            throw new FileNotFoundException("Build the server first: dotnet build src/Intranet.Web -c Release", webDll);
        }

        var port = FreePort();
        var appData = Path.Combine(Path.GetTempPath(), "intranet-bench", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(appData);
        var password = "Bench-" + Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Intranet__Data__AppDataPath"] = appData;
        start.Environment["Intranet__Setup__AdminEmail"] = AdminEmail;
        start.Environment["Intranet__Setup__AdminPassword"] = password;
        start.Environment["Intranet__Setup__DemoRecipe"] = "";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("server: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, appData, $"http://127.0.0.1:{port}", password);
        using var http = new HttpClient();
        for (var i = 0; i < 1200; i++)
        {
            try
            {
                if ((await http.GetAsync(server.BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK)
                {
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

            await Task.Delay(100);
        }

        await server.DisposeAsync();
        throw new TimeoutException("The server did not answer /healthz within 120 s.");
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

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
