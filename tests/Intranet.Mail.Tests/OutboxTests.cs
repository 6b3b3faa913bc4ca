using System.Diagnostics;
using Intranet.Core.Data;
using Intranet.Core.Email;
using Intranet.Core.Tenants;
using Intranet.Email.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Intranet.Mail.Tests;

/// <summary>Notifications survive a mail-server outage: queued in outbox.db, retried with back-off, then delivered.</summary>
[Collection(MailServerCollection.Name)]
public sealed class OutboxTests
{
    private readonly MailServerFixture _servers;

    public OutboxTests(MailServerFixture servers) => _servers = servers;

    [Fact]
    public async Task PostfixDown_NotificationIsQueued_ThenDeliveredOnRetry_AndStateIsVisible()
    {
        var domain = "ob" + Guid.NewGuid().ToString("N")[..6] + ".tinh.test";
        var tenant = "so-" + domain[..8];
        await using (var scope = _servers.Mail.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<Services.MailDomainService>().CreateAsync(new Models.DomainInput { Name = domain, Tenants = [tenant] });
            var handler = scope.ServiceProvider.GetRequiredService<Intranet.Core.Accounts.IAccountEventHandler>();
            var account = Accounts.Person("Kiều Văn Tâm", tenant);
            await handler.CreatedAsync(account, default);
            await handler.PasswordChangedAsync(account, "Mật khẩu thư 2026!", default);
        }

        var recipient = $"kieuvantam@{domain}";
        using var email = EmailProvider(new Dictionary<string, string?>
        {
            ["Intranet:Email:Smtp:Host"] = "127.0.0.1",
            ["Intranet:Email:Smtp:Port"] = _servers.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Intranet:Email:Smtp:Security"] = "None",
            ["Intranet:Email:Smtp:TimeoutSeconds"] = "5",
            ["Intranet:Email:Smtp:From"] = "Cổng thông tin <thongbao@cong.tinh.test>",
        });
        var outbox = email.GetRequiredService<IEmailOutbox>();
        var subject = "Thông báo lịch trực " + Guid.NewGuid().ToString("N")[..6];

        await Postfix("stop");
        try
        {
            // The caller is not failed by the outage: the message is stored and will be retried.
            await email.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage([recipient], subject, "Lịch trực tuần sau đã cập nhật."));
            var queued = await outbox.StatusAsync();
            var item = queued.Recent.First(i => i.Subject == subject);
            Assert.Equal(OutboxState.Pending, item.State);
            Assert.Equal(1, item.Attempts);
            Assert.False(string.IsNullOrEmpty(item.LastError));
            Assert.True(item.NextAttemptUtc > DateTime.UtcNow.AddSeconds(20), "the first retry waits (back-off)");
            Assert.Equal(0, await outbox.DeliverDueAsync(DateTime.UtcNow));
        }
        finally
        {
            await Postfix("start");
        }

        Assert.Equal(1, await outbox.DeliverDueAsync(DateTime.UtcNow.AddMinutes(5)));
        var sent = (await outbox.StatusAsync()).Recent.First(i => i.Subject == subject);
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal(2, sent.Attempts);
        Assert.NotNull(await MailClient.WaitForAsync(_servers.ImapPort, recipient, "Mật khẩu thư 2026!", subject));
    }

    [Fact]
    public void Backoff_DoublesFromTheBase_UpToTheMaximum()
    {
        var options = new OutboxOptions { BaseDelaySeconds = 30, MaxDelayMinutes = 60 };
        Assert.Equal(TimeSpan.FromSeconds(30), options.DelayAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(60), options.DelayAfter(2));
        Assert.Equal(TimeSpan.FromSeconds(240), options.DelayAfter(4));
        Assert.Equal(TimeSpan.FromMinutes(60), options.DelayAfter(20));
    }

    private async Task Postfix(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("postfix", ["-c", Path.Combine(_servers.Base, "servers", "postfix"), command])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        if (command == "start")
        {
            for (var i = 0; i < 100; i++)
            {
                try
                {
                    using var probe = new System.Net.Sockets.TcpClient();
                    await probe.ConnectAsync("127.0.0.1", _servers.SmtpPort);
                    return;
                }
                catch (System.Net.Sockets.SocketException)
                {
                    await Task.Delay(50);
                }
            }
        }
    }

    private ServiceProvider EmailProvider(Dictionary<string, string?> settings)
    {
        var appData = Path.Combine(_servers.AppData, "email-" + Guid.NewGuid().ToString("N")[..6]);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.Configure<DataOptions>(o => o.AppDataPath = appData);
        services.AddSingleton<IHostEnvironment>(new Environment(appData));
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<ITenantAccessor, NoTenant>();
        new Intranet.Email.Startup().ConfigureServices(services);
        return services.BuildServiceProvider();
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Intranet.Mail.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private sealed class NoTenant : ITenantAccessor
    {
        public Tenant? Current => null;

        public Tenant Required => throw new InvalidOperationException("no tenant");

        public IDisposable Enter(Tenant tenant) => throw new NotSupportedException();
    }
}
