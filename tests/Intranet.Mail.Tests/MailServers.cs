using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Intranet.Mail.Tests;

/// <summary>
/// Real Postfix + Dovecot on free loopback ports: deploy/mail/ templates rendered by scripts/mail/install.sh into a
/// folder, started by start.sh, stopped by stop.sh. Used by the mail tests' fixture and linked into the mail bench,
/// so both get exactly the same servers. Needs root and scripts/deps/mail.sh.
/// </summary>
public sealed class MailServers : IAsyncDisposable
{
    private bool _started;

    public MailServers(string folder, string databasePath, string sieveAdminPath)
    {
        Folder = folder;
        DatabasePath = databasePath;
        SieveAdminPath = sieveAdminPath;
        MasterPassword = "master-" + Guid.NewGuid().ToString("N");
        SmtpPort = FreePort();
        SubmissionPort = FreePort();
        ImapPort = FreePort();
        SievePort = FreePort();
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public string SieveAdminPath { get; }

    public string MasterPassword { get; }

    public int SmtpPort { get; }

    public int SubmissionPort { get; }

    public int ImapPort { get; }

    public int SievePort { get; }

    /// <summary>More settings for scripts/mail/install.sh (e.g. MAIL_AUTH_FAILURE_DELAY), by variable name.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Intranet.sln not found above the binaries.");
        }
    }

    public async Task InstallAndStartAsync()
    {
        await RunAsync("install.sh", Folder, DatabasePath);
        _started = true; // from here on stop.sh runs at the end, even if start.sh fails half-way
        await RunAsync("start.sh", Folder);
    }

    public string Tail(string log, int lines = 20)
    {
        var path = Path.Combine(Folder, "log", log);
        return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(lines)) : "";
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            _started = false;
            await RunAsync("stop.sh", Folder);
        }
    }

    private async Task RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(RepoRoot, "scripts", "mail", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MAIL_MASTER_PASSWORD"] = MasterPassword;
        start.Environment["MAIL_SMTP_PORT"] = SmtpPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["MAIL_SUBMISSION_PORT"] = SubmissionPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["MAIL_IMAP_PORT"] = ImapPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["MAIL_SIEVE_PORT"] = SievePort.ToString(CultureInfo.InvariantCulture);
        start.Environment["MAIL_SIEVE_ADMIN"] = SieveAdminPath;
        foreach (var (name, value) in Settings)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/mail/{script} failed ({process.ExitCode}): {await output}{await error}\n{Tail("postfix.log")}\n{Tail("dovecot.log")}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
