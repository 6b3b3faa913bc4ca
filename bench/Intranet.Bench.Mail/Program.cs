using System.Diagnostics;
using System.Globalization;
using Intranet.Bench.Mail;
using MailKit.Net.Imap;
using MailKit.Security;

// bench/Intranet.Bench.Mail [--mailboxes 10000] [--with-password 50] [--messages 100] [--folder 10000] [--rounds 20] [--keep]
// Needs root and scripts/deps/mail.sh (real Postfix + Dovecot). One process, one run: every baseline is measured in
// the same run as its subject. Kept short: the machine has 2 shared cores.
if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
{
    Console.Error.WriteLine("Run as root: Postfix and Dovecot are started from a temp folder (scripts/mail/*.sh).");
    return 2;
}

var options = BenchOptions.Parse(args);
static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "?";
var loadBefore = Load();
var started = DateTime.UtcNow;
var folder = Path.Combine("/tmp", "intranet-bench-mail-" + Guid.NewGuid().ToString("N")[..10]);
Directory.CreateDirectory(folder);
File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
var appData = Path.Combine(folder, "appdata");
var report = new Report();
Console.WriteLine($"### Measured {started:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} shared cores, .NET {Environment.Version}, load average {loadBefore}\n");
try
{
    // The module's default paths under App_Data (mail/mail.db, mail/sieve); the servers get free loopback ports.
    await using var servers = new MailServers(Path.Combine(folder, "servers"), Path.Combine(appData, "mail", "mail.db"), Path.Combine(appData, "mail", "sieve"));
    var settings = new Dictionary<string, string?>
    {
        ["Intranet:Mail:Imap:Port"] = servers.ImapPort.ToString(CultureInfo.InvariantCulture),
        ["Intranet:Mail:Submission:Port"] = servers.SubmissionPort.ToString(CultureInfo.InvariantCulture),
        ["Intranet:Mail:Webmail:MasterPassword"] = servers.MasterPassword,
    };
    await using var host = new MailBenchHost(appData, settings);
    await host.Database.MigrateAsync();
    if (host.Database.FilePath != servers.DatabasePath)
    {
        throw new InvalidOperationException($"mail.db is at {host.Database.FilePath}, the servers were set up for {servers.DatabasePath}.");
    }

    await servers.InstallAndStartAsync();

    Console.Error.WriteLine($"Provisioning {options.Mailboxes:N0} mailboxes…");
    var provision = new ProvisionBench(host, options.Mailboxes, options.WithPassword);
    await provision.RunAsync();
    report.Provision(provision, options);

    // The data is real: Dovecot logs in as provisioned mailboxes (and refuses one whose owner set no password yet).
    var logins = 0;
    foreach (var email in provision.PasswordMailboxes.Take(3))
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", servers.ImapPort, SecureSocketOptions.None);
        await client.AuthenticateAsync(email, ProvisionBench.Password);
        await client.DisconnectAsync(true);
        logins++;
    }

    var refused = false;
    using (var client = new ImapClient())
    {
        await client.ConnectAsync("127.0.0.1", servers.ImapPort, SecureSocketOptions.None);
        try
        {
            await client.AuthenticateAsync(provision.FirstWithoutPassword, ProvisionBench.Password);
        }
        catch (AuthenticationException)
        {
            refused = true;
        }
    }

    report.Logins(logins, provision.PasswordMailboxes.Take(3), refused, provision.FirstWithoutPassword);

    Console.Error.WriteLine($"Submit → visible, {options.Messages} messages…");
    var delivery = new DeliveryBench(servers, provision.PasswordMailboxes[0], provision.PasswordMailboxes[1], ProvisionBench.Password, options.Messages);
    await delivery.RunAsync();
    report.Delivery(delivery);

    Console.Error.WriteLine($"Webmail list on a {options.FolderSize:N0}-message folder…");
    var list = new ListBench(host, servers, provision.PasswordMailboxes[2], ProvisionBench.Password, options.FolderSize, options.ListRounds);
    await list.RunAsync();
    report.List(list);
}
finally
{
    if (!options.Keep)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
    else
    {
        Console.Error.WriteLine($"Kept {folder}");
    }
}

Console.WriteLine($"Load average at the end: {Load()}.");
return 0;
