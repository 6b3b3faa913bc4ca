namespace Intranet.Mail.Tests;

/// <summary>
/// Real Postfix + Dovecot for the test run (<see cref="MailServers"/> in a temp folder, reading this fixture's
/// mail.db), the mail services on that database, and the whole host on first use.
/// Needs root (CI runs tests as root) and scripts/deps/mail.sh.
/// </summary>
public sealed class MailServerFixture : IAsyncLifetime
{
    private WebmailHostFactory? _host;

    private readonly MailServers _servers;

    public MailServerFixture()
    {
        Base = Path.Combine("/tmp", "intranet-mail-" + Guid.NewGuid().ToString("N")[..12]);
        _servers = new MailServers(Path.Combine(Base, "servers"), Path.Combine(AppData, "mail", "mail.db"), Path.Combine(AppData, "mail", "sieve"));
        _servers.Settings["MAIL_MESSAGE_SIZE_LIMIT"] = "10240000";
        // Refusals are tested on purpose: without this every failed login waits 2 s (and longer from the same IP).
        _servers.Settings["MAIL_AUTH_FAILURE_DELAY"] = "0";
    }

    public string Base { get; }

    public string AppData => Path.Combine(Base, "appdata");

    public string MasterPassword => _servers.MasterPassword;

    public int SmtpPort => _servers.SmtpPort;

    public int SubmissionPort => _servers.SubmissionPort;

    public int ImapPort => _servers.ImapPort;

    public int SievePort => _servers.SievePort;

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

    public static string RepoRoot => MailServers.RepoRoot;

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
        System.IO.Directory.CreateDirectory(Base);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Base, (UnixFileMode)0b111_101_101);
        }
        Mail = new MailServices(AppData, Settings);
        if (Mail.Database.FilePath != _servers.DatabasePath || Mail.Database.SieveAdminPath != _servers.SieveAdminPath)
        {
            throw new InvalidOperationException($"mail.db is at {Mail.Database.FilePath} (Sieve {Mail.Database.SieveAdminPath}), the servers were set up for {_servers.DatabasePath} (Sieve {_servers.SieveAdminPath}).");
        }

        await _servers.InstallAndStartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _servers.DisposeAsync();
        Mail.Dispose();
        if (Environment.GetEnvironmentVariable("INTRANET_KEEP_MAIL_TESTS") == "1")
        {
            return; // keep configs and logs to debug a failure
        }

        try
        {
            System.IO.Directory.Delete(Base, recursive: true);
        }
        catch (IOException)
        {
            // A daemon still closing a file: the OS temp cleaner takes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public string Tail(string log) => _servers.Tail(log, 30);
}
