using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Intranet.Email.Outbox;

/// <summary>
/// Claims due messages for one node with a lease, so any node may send and none sends a message twice. SQLite
/// serialises writers, so a conditional UPDATE per message is the claim. PostgreSQL lets writers run together, so a
/// batch is claimed in one statement with <c>FOR UPDATE SKIP LOCKED</c>: rows another node is claiming are passed
/// over, not waited for. Either way a claim moves the next attempt to the lease's end, so a node that dies holding
/// it loses it then and another node takes the message.
/// </summary>
internal static class OutboxClaims
{
    public static async Task<bool> ClaimOneAsync(OutboxDbContext db, long id, string node, DateTime now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = now + lease;
        return await db.Messages
            .Where(m => m.Id == id && m.State == OutboxState.Pending && m.NextAttemptUtc <= now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.NextAttemptUtc, until)
                .SetProperty(m => m.ClaimedUntilUtc, until)
                .SetProperty(m => m.ClaimedBy, node)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken) > 0;
    }

    public static async Task<List<long>> ClaimDueAsync(OutboxDbContext db, string node, DateTime now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return await ClaimDuePostgresAsync(db, node, now, lease, max, cancellationToken);
        }

        var due = await db.Messages.Where(m => m.State == OutboxState.Pending && m.NextAttemptUtc <= now)
            .OrderBy(m => m.NextAttemptUtc).Select(m => m.Id).Take(max).ToListAsync(cancellationToken);
        var claimed = new List<long>(due.Count);
        foreach (var id in due)
        {
            if (await ClaimOneAsync(db, id, node, now, lease, cancellationToken))
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private static Task<List<long>> ClaimDuePostgresAsync(OutboxDbContext db, string node, DateTime now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        // Names from the model, so the statement follows whatever table, schema and column names the model maps to.
        var entity = db.Model.FindEntityType(typeof(OutboxMessage))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName(store)!);
        var table = entity.GetSchema() is { } schema ? Quote(schema) + "." + Quote(entity.GetTableName()!) : Quote(entity.GetTableName()!);
        string id = Column(nameof(OutboxMessage.Id)), state = Column(nameof(OutboxMessage.State)), next = Column(nameof(OutboxMessage.NextAttemptUtc));
        var claimedUntil = Column(nameof(OutboxMessage.ClaimedUntilUtc));
        var claimedBy = Column(nameof(OutboxMessage.ClaimedBy));
        var attempts = Column(nameof(OutboxMessage.Attempts));
        var sql = $$"""
            UPDATE {{table}} SET {{next}} = {0}, {{claimedUntil}} = {0}, {{claimedBy}} = {1}, {{attempts}} = {{attempts}} + 1
            WHERE {{id}} IN (SELECT {{id}} FROM {{table}} WHERE {{state}} = {2} AND {{next}} <= {3} ORDER BY {{next}} LIMIT {4} FOR UPDATE SKIP LOCKED)
            RETURNING {{id}} AS "Value"
            """;
        var query = FormattableStringFactory.Create(sql, now + lease, node, (int)OutboxState.Pending, now, max);
        return db.Database.SqlQuery<long>(query).ToListAsync(cancellationToken);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
