using System.Data.Common;
using Intranet.AuditTrail.Models;
using Intranet.Core.Data;
using Intranet.Core.Tenants;

namespace Intranet.AuditTrail.Services;

/// <summary>
/// Walks a chain from its first entry and recomputes every hash. An edited row fails its own hash; a deleted
/// row leaves a gap in the positions and a broken link in the next entry; a re-hashed edit breaks the next link.
/// (Removing the newest entries leaves a shorter but consistent chain: the entry count is reported so it can be
/// compared with an earlier run.)
/// </summary>
public sealed class AuditChainVerifier
{
    private readonly DatabaseProviders _providers;

    public AuditChainVerifier(DatabaseProviders providers) => _providers = providers;

    public async Task<ChainVerification> VerifyAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        var provider = _providers.For(tenant);
        await using var connection = provider.CreateConnection(tenant);
        await connection.OpenAsync(cancellationToken);
        return await VerifyAsync(tenant.Name, connection, cancellationToken);
    }

    internal static async Task<ChainVerification> VerifyAsync(string tenantName, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT \"Id\", \"TimeUtc\", \"TenantName\", \"Category\", \"Action\", \"Subject\", \"Details\", \"Actor\", \"Succeeded\", \"PreviousHash\", \"Hash\" " +
            "FROM \"AuditEntries\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long count = 0;
        long expectedId = 1;
        var previousHash = AuditHasher.Genesis;
        while (await reader.ReadAsync(cancellationToken))
        {
            var entry = new AuditEntry
            {
                Id = reader.GetInt64(0),
                TimeUtc = DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc),
                TenantName = reader.IsDBNull(2) ? null : reader.GetString(2),
                Category = reader.GetString(3),
                Action = reader.GetString(4),
                Subject = reader.IsDBNull(5) ? null : reader.GetString(5),
                Details = reader.IsDBNull(6) ? null : reader.GetString(6),
                Actor = reader.GetString(7),
                Succeeded = reader.GetBoolean(8),
                PreviousHash = reader.GetString(9),
                Hash = reader.GetString(10),
            };

            ChainBreakKind? kind = null;
            if (entry.Id != expectedId)
            {
                kind = entry.Id > expectedId ? ChainBreakKind.Missing : ChainBreakKind.Sequence;
            }
            else if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                kind = ChainBreakKind.Link;
            }
            else if (!string.Equals(AuditHasher.Compute(entry.PreviousHash, entry), entry.Hash, StringComparison.Ordinal))
            {
                kind = ChainBreakKind.Content;
            }

            if (kind is { } found)
            {
                return new ChainVerification(tenantName, count, new ChainBreak(entry.Id, entry.TimeUtc, found, found == ChainBreakKind.Missing ? expectedId : null));
            }

            count++;
            expectedId = entry.Id + 1;
            previousHash = entry.Hash;
        }

        return new ChainVerification(tenantName, count);
    }
}
