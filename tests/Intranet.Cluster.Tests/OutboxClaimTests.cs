using System.Collections.Concurrent;
using Intranet.Core.Cluster;
using Intranet.Core.Data;
using Intranet.Email.Outbox;
using Intranet.Email.Services;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Intranet.Cluster.Tests;

/// <summary>Several nodes send from one outbox: each message exactly once, and a dead node's claim is taken over.</summary>
public sealed class OutboxClaimTests : IDisposable
{
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "intranet-tests", "outbox-" + Guid.NewGuid().ToString("N"));
    private readonly RecordingTransport _transport = new();

    private EmailOutbox Node(string id) => new(
        _transport,
        Options.Create(new OutboxOptions()),
        new TenantPaths(Options.Create(new DataOptions { AppDataPath = _appData }), new Environment(_appData)),
        TimeProvider.System,
        NullLogger<EmailOutbox>.Instance,
        new ClusterNode(id));

    [Fact]
    public async Task TwoSendersOverOneOutbox_DeliverFiftyMessages_EachExactlyOnce()
    {
        using var a = Node("node-a");
        using var b = Node("node-b");
        for (var i = 0; i < 50; i++)
        {
            await (i % 2 == 0 ? a : b).EnqueueAsync(Message(i), "Default", default);
        }

        async Task Drain(EmailOutbox node)
        {
            for (var round = 0; round < 20 && _transport.Count < 50; round++)
            {
                await node.DeliverDueAsync(DateTime.UtcNow);
            }
        }

        await Task.WhenAll(Drain(a), Drain(b), Drain(a), Drain(b));

        Assert.Equal(50, _transport.Count);
        Assert.All(_transport.Deliveries, d => Assert.Equal(1, d.Value));
        var status = await a.StatusAsync(recent: 50);
        Assert.Equal(50, status.Sent);
        Assert.Equal(0, status.Pending);
    }

    [Fact]
    public async Task AClaimWhoseLeaseExpired_IsRetakenByAnotherNode()
    {
        using var a = Node("node-a");
        using var b = Node("node-b");
        var id = await a.EnqueueAsync(Message(1), "Default", default);
        var now = DateTime.UtcNow;

        // Node A claims the message and dies before sending it.
        var file = Path.Combine(_appData, new OutboxOptions().DatabasePath);
        var options = new DbContextOptionsBuilder<OutboxDbContext>().UseSqlite($"Data Source={file}").Options;
        await using (var db = new OutboxDbContext(options))
        {
            Assert.True(await OutboxClaims.ClaimOneAsync(db, id, "node-a", now, EmailOutbox.Lease, default));
        }

        Assert.Equal(0, await b.DeliverDueAsync(now.AddMinutes(1)));
        Assert.Equal(0, _transport.Count);

        Assert.Equal(1, await b.DeliverDueAsync(now + EmailOutbox.Lease + TimeSpan.FromSeconds(1)));
        Assert.Equal(1, _transport.Count);
        var item = (await b.StatusAsync()).Recent.Single(i => i.Id == id);
        Assert.Equal(OutboxState.Sent, item.State);
        Assert.Equal(2, item.Attempts);
    }

    private static MimeMessage Message(int i)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Cổng thông tin", "thongbao@tinh.test"));
        message.To.Add(new MailboxAddress("Người nhận " + i, $"nguoinhan{i}@tinh.test"));
        message.Subject = "Thông báo số " + i;
        message.MessageId = $"tb-{i}-{Guid.NewGuid():N}@tinh.test";
        message.Body = new TextPart("plain") { Text = "Nội dung " + i };
        return message;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(_appData))
        {
            System.IO.Directory.Delete(_appData, recursive: true);
        }
    }

    private sealed class RecordingTransport : IEmailTransport
    {
        public ConcurrentDictionary<string, int> Deliveries { get; } = new(StringComparer.Ordinal);

        public int Count => Deliveries.Values.Sum();

        public string Name => "recording";

        public async Task DeliverAsync(MimeMessage message, string tenantName, CancellationToken cancellationToken)
        {
            await Task.Delay(5, cancellationToken); // a transport takes a moment: let the senders overlap
            Deliveries.AddOrUpdate(message.MessageId ?? "", 1, (_, n) => n + 1);
        }
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Intranet.Cluster.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
