using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Intranet.Mail.Tests;

/// <summary>
/// Real Postfix + Dovecot for the test run: configs rendered from deploy/mail/ by scripts/mail/install.sh into a
/// temp folder, started by scripts/mail/start.sh on free loopback ports, reading this fixture's mail.db.
/// Needs root (CI runs tests as root) and scripts/deps/mail.sh.
/// </summary>
public sealed class MailServerFixture : IAsyncLifetime
{
    private WebmailHostFactory? _host;

    public MailServerFixture()
    {
        Base = Path.Combine("/tmp", "intranet-mail-" + Guid.NewGuid().ToString("N")[..12]);
        MasterPassword = "master-" + Guid.NewGuid().ToString("N");
        SmtpPort = FreePort();
        SubmissionPort = FreePort();
        ImapPort = FreePort();
        SievePort = FreePort();
    }

    public string Base { get; }

    public string AppData => Path.Combine(Base, "appdata");

    public string MasterPassword { get; }

    public int SmtpPort { get; }

    public int SubmissionPort { get; }

    public int ImapPort { get; }

    public int SievePort { get; }

    public MailServices Mail { get; private set; } = null!;

    /// <summary>The whole host on these servers, started on first use (webmail tests) and shared by the collection.</summary>
    public WebmailHostFactory Host
    {
        get
        {
            if (_host is null)
            {
                _host = new WebmailHostFactory(this);
                HostAddress = _host.Start();
            }

            return _host;
        }
    }

    public Uri HostAddress { get; private set; } = null!;

    public string ServerLog => Path.Combine(Base, "servers", "log");

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Intranet.sln not found above the test binaries.");
        }
    }

    public Dictionary<string, string?> Settings => new()
    {
        ["Intranet:Mail:LastLoginPath"] = Path.Combine(Base, "servers", "state", "last-login"),
        ["Intranet:Mail:Imap:Port"] = ImapPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Intranet:Mail:Submission:Port"] = SubmissionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Intranet:Mail:Webmail:MasterPassword"] = MasterPassword,
        ["Intranet:Mail:BcryptCost"] = "6",
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Base);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Base, (UnixFileMode)0b111_101_101);
        }
        Mail = new MailServices(AppData, Settings);
        await RunAsync("install.sh", Path.Combine(Base, "servers"), Mail.Database.FilePath);
        await RunAsync("start.sh", Path.Combine(Base, "servers"));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await RunAsync("stop.sh", Path.Combine(Base, "servers"));
        Mail.Dispose();
        if (Environment.GetEnvironmentVariable("INTRANET_KEEP_MAIL_TESTS") == "1")
        {
            return; // keep configs and logs to debug a failure
        }

        try
        {
            Directory.Delete(Base, recursive: true);
        }
        catch (IOException)
        {
            // A daemon still closing a file: the OS temp cleaner takes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public string Tail(string log) => File.Exists(Path.Combine(ServerLog, log)) ? string.Join('\n', File.ReadLines(Path.Combine(ServerLog, log)).TakeLast(30)) : "";

    private async Task RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(RepoRoot, "scripts", "mail", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MAIL_MASTER_PASSWORD"] = MasterPassword;
        start.Environment["MAIL_SMTP_PORT"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["MAIL_SUBMISSION_PORT"] = SubmissionPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["MAIL_IMAP_PORT"] = ImapPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["MAIL_SIEVE_PORT"] = SievePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["MAIL_SIEVE_ADMIN"] = Mail.Database.SieveAdminPath;
        start.Environment["MAIL_MESSAGE_SIZE_LIMIT"] = "10240000";
        // Refusals are tested on purpose: without this every failed login waits 2 s (and longer from the same IP).
        start.Environment["MAIL_AUTH_FAILURE_DELAY"] = "0";
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
