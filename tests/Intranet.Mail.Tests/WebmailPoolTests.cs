using Intranet.Mail.Services;
using Intranet.Mail.Services.Webmail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intranet.Mail.Tests;

/// <summary>The IMAP connection pool's bounds, against the real Dovecot: reuse, the process-wide cap, the idle timeout.</summary>
[Collection(MailServerCollection.Name)]
public sealed class WebmailPoolTests
{
    private readonly MailServerFixture _servers;
    private readonly WebmailHarness _mail;

    public WebmailPoolTests(MailServerFixture servers)
    {
        _servers = servers;
        _mail = new WebmailHarness(servers);
    }

    [Fact]
    public async Task Pool_ReusesAConnection_KeepsToItsCap_AndLogsOutIdleConnections()
    {
        var (_, tenant) = await _mail.NewDomainAsync();
        var (_, a) = await _mail.PersonAsync("Người Thứ Nhất", tenant);
        var (_, b) = await _mail.PersonAsync("Người Thứ Hai", tenant);
        var clock = new ManualClock();
        var options = Options.Create(new MailOptions
        {
            Imap = new MailServerOptions { Host = "127.0.0.1", Port = _servers.ImapPort, Security = "None" },
            Webmail = new WebmailOptions { MasterPassword = _servers.MasterPassword, MaxConnections = 1, IdleSeconds = 4 },
        });
        await using var pool = new WebmailClientPool(options, clock, NullLogger<WebmailClientPool>.Instance);

        using (var first = await pool.RentAsync(a, default))
        {
            Assert.True(first.IsNewLogin);
        }

        using (var again = await pool.RentAsync(a, default))
        {
            Assert.False(again.IsNewLogin); // the same authenticated connection, no second bcrypt check
        }

        Assert.Equal(1, pool.Count);
        using (var other = await pool.RentAsync(b, default))
        {
            Assert.True(other.IsNewLogin); // a's idle connection was closed to stay within MaxConnections = 1
            Assert.Equal(1, pool.Count);
        }

        clock.Advance(TimeSpan.FromMinutes(5));
        for (var i = 0; i < 40 && pool.Count > 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, pool.Count);
        await Assert.ThrowsAsync<WebmailUnavailableException>(async () =>
        {
            using var wrong = new WebmailClientPool(Options.Create(new MailOptions
            {
                Imap = options.Value.Imap,
                Webmail = new WebmailOptions { MasterPassword = "khong-dung" },
            }), clock, NullLogger<WebmailClientPool>.Instance);
            using var lease = await wrong.RentAsync(a, default);
        });
    }

    /// <summary>Real timers, a clock the test moves.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
