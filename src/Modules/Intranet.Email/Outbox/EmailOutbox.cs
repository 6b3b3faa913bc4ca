using Intranet.Core.Cluster;
using Intranet.Core.Data;
using Intranet.Email.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Intranet.Email.Outbox;

/// <summary>
/// A persistent queue in front of the transport: a message is written to outbox.db before any delivery attempt,
/// so a mail-server outage delays notifications but loses none. Failed attempts back off exponentially.
/// A message is claimed for this node with a lease (<see cref="OutboxClaims"/>) before delivery, so several senders —
/// other nodes sharing the database — never send it twice, and a message a dead node had claimed is sent by another.
/// On SQLite the queue is App_Data/email/outbox.db (shared by nodes that share App_Data); with a PostgreSQL host it is
/// in the host database.
/// </summary>
public sealed class EmailOutbox : IEmailOutbox, IDisposable
{
    internal static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly IEmailTransport _transport;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<EmailOutbox> _logger;
    private readonly DbContextOptions<OutboxDbContext> _contextOptions;
    private readonly string _node;
    private readonly SemaphoreSlim _migrate = new(1, 1);
    private bool _migrated;

    public EmailOutbox(IEmailTransport transport, IOptions<OutboxOptions> options, TenantPaths paths, TimeProvider clock, ILogger<EmailOutbox> logger,
        ClusterNode node, IHostTenantProvider? host = null, DatabaseProviders? providers = null)
    {
        _transport = transport;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _node = node.Id;
        if (host is not null && providers is not null && !string.Equals(host.Host.DatabaseProvider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            // Several nodes, one queue: the host database they all share.
            var builder = new DbContextOptionsBuilder<OutboxDbContext>();
            providers.Configure(builder, host.Host, typeof(OutboxDbContext));
            _contextOptions = builder.Options;
            return;
        }

        var path = Path.GetFullPath(Path.IsPathRooted(_options.DatabasePath) ? _options.DatabasePath : Path.Combine(paths.AppData, _options.DatabasePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();
        _contextOptions = new DbContextOptionsBuilder<OutboxDbContext>()
            .UseSqlite(connection, o => o.MigrationsHistoryTable("__EFMigrationsHistory_Outbox"))
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>() // the module also holds the PostgreSQL chain
            .Options;
    }

    public async Task<long> EnqueueAsync(MimeMessage message, string tenantName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await message.WriteToAsync(buffer, cancellationToken);
        var now = _clock.GetUtcNow().UtcDateTime;
        var row = new OutboxMessage
        {
            TenantName = tenantName,
            MessageId = message.MessageId ?? "",
            Recipients = Truncate(string.Join(", ", message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes).Select(m => m.Address)), 4000),
            Subject = Truncate(message.Subject ?? "", 1000),
            Mime = buffer.ToArray(),
            CreatedUtc = now,
            NextAttemptUtc = now,
        };
        await using var db = await OpenAsync(cancellationToken);
        db.Messages.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }

    /// <summary>One delivery attempt for a message that is due; false when it failed (it stays queued) or was not due.</summary>
    public async Task<bool> TryDeliverAsync(long id, CancellationToken cancellationToken, DateTime? nowUtc = null)
    {
        var now = nowUtc ?? _clock.GetUtcNow().UtcDateTime;
        await using var db = await OpenAsync(cancellationToken);
        return await OutboxClaims.ClaimOneAsync(db, id, _node, now, Lease, cancellationToken) && await DeliverClaimedAsync(db, id, cancellationToken);
    }

    /// <summary>Sends a message this node has claimed; records the outcome and gives the claim up.</summary>
    private async Task<bool> DeliverClaimedAsync(OutboxDbContext db, long id, CancellationToken cancellationToken)
    {
        var row = await db.Messages.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken);
        try
        {
            using var stream = new MemoryStream(row.Mime, writable: false);
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            await _transport.DeliverAsync(message, row.TenantName, cancellationToken);
            await db.Messages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.State, OutboxState.Sent).SetProperty(m => m.SentUtc, _clock.GetUtcNow().UtcDateTime).SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
            _logger.LogInformation("Outbox message {Id} delivered via {Transport} after {Attempts} attempt(s)", id, _transport.Name, row.Attempts);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var giveUp = row.Attempts >= _options.MaxAttempts;
            var next = _clock.GetUtcNow().UtcDateTime + _options.DelayAfter(row.Attempts);
            var error = Truncate($"{ex.GetType().Name}: {ex.Message}", 2000);
            await db.Messages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.State, giveUp ? OutboxState.Failed : OutboxState.Pending)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
            _logger.LogWarning("Outbox message {Id} not delivered (attempt {Attempts}): {Error}; {Next}", id, row.Attempts, error,
                giveUp ? "giving up" : "next attempt at " + next.ToString("O"));
            return false;
        }
    }

    public async Task<int> DeliverDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        var claimed = await OutboxClaims.ClaimDueAsync(db, _node, nowUtc, Lease, 50, cancellationToken);
        var sent = 0;
        foreach (var id in claimed)
        {
            if (await DeliverClaimedAsync(db, id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    public async Task<OutboxStatus> StatusAsync(int recent = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        var counts = await db.Messages.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var oldest = await db.Messages.Where(m => m.State == OutboxState.Pending).OrderBy(m => m.CreatedUtc).Select(m => (DateTime?)m.CreatedUtc).FirstOrDefaultAsync(cancellationToken);
        var items = await db.Messages.AsNoTracking().OrderByDescending(m => m.Id).Take(Math.Clamp(recent, 1, 200))
            .Select(m => new OutboxItem(m.Id, m.TenantName, m.Recipients, m.Subject, m.State, m.Attempts, m.CreatedUtc, m.NextAttemptUtc, m.SentUtc, m.LastError))
            .ToListAsync(cancellationToken);
        int Count(OutboxState state) => counts.FirstOrDefault(c => c.Key == state)?.Count ?? 0;
        return new OutboxStatus(Count(OutboxState.Pending), Count(OutboxState.Sent), Count(OutboxState.Failed), oldest, items);
    }

    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        var now = _clock.GetUtcNow().UtcDateTime;
        return await db.Messages.Where(m => m.Id == id && m.State != OutboxState.Sent)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Pending).SetProperty(m => m.NextAttemptUtc, now), cancellationToken) > 0;
    }

    private async Task<OutboxDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        var db = new OutboxDbContext(_contextOptions);
        if (!_migrated)
        {
            await _migrate.WaitAsync(cancellationToken);
            try
            {
                if (!_migrated)
                {
                    await db.Database.MigrateAsync(cancellationToken);
                    _migrated = true;
                }
            }
            finally
            {
                _migrate.Release();
            }
        }

        return db;
    }

    public void Dispose() => _migrate.Dispose();

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
