using System.Data.Common;
using System.Security.Claims;
using Intranet.AuditTrail.Models;
using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Http;

namespace Intranet.AuditTrail.Services;

/// <summary>
/// <see cref="IAuditTrail"/> as a hash chain per tenant database.
/// <para>
/// A successful change is audited inside the change: when a <see cref="DataTransactionScope"/> is active the entry
/// joins its transaction, so a rolled-back change leaves no audit row, and a committed one always has its row.
/// A failure (<see cref="AuditEvent.Succeeded"/> false, e.g. a wrong password) is a fact in itself that must
/// survive whatever is rolled back, so it is written in its own transaction — unless the scope already holds
/// that database's write lock, where a second writer would only wait on ourselves; then it joins the scope.
/// </para>
/// Writers are serialised per chain by the database's write lock (SQLite <c>BEGIN IMMEDIATE</c>), which holds
/// across processes (the CLI and the web server) as well as threads.
/// </summary>
public sealed class HashChainAuditTrail : IAuditTrail
{
    private const string System = "system";

    private readonly AuditChains _chains;
    private readonly DataTransactionScope _scope;
    private readonly DatabaseProviders _providers;
    private readonly IHttpContextAccessor _http;
    private readonly TimeProvider _time;

    public HashChainAuditTrail(AuditChains chains, DataTransactionScope scope, DatabaseProviders providers, IHttpContextAccessor http, TimeProvider? time = null)
    {
        _chains = chains;
        _scope = scope;
        _providers = providers;
        _http = http;
        _time = time ?? TimeProvider.System;
    }

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Category);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Action);
        var chain = _chains.ChainFor(auditEvent);
        var entry = new AuditEntry
        {
            TimeUtc = _time.GetUtcNow().UtcDateTime,
            TenantName = auditEvent.TenantName ?? _chains.CurrentTenantName,
            Category = Truncate(auditEvent.Category, 50)!,
            Action = Truncate(auditEvent.Action, 100)!,
            Subject = Truncate(auditEvent.Subject, 400),
            Details = Truncate(auditEvent.Details, 4000),
            Actor = Truncate(auditEvent.Actor ?? CurrentActor(), 256)!,
            Succeeded = auditEvent.Succeeded,
        };

        if (_scope.IsActive && (auditEvent.Succeeded || HoldsLock(chain)))
        {
            var (connection, transaction) = _scope.For(chain);
            await AuditChainWriter.AppendAsync(connection, transaction, entry, cancellationToken);
            return;
        }

        var provider = _providers.For(chain);
        await using var own = provider.CreateConnection(chain);
        await own.OpenAsync(cancellationToken);
        await using var ownTransaction = await own.BeginTransactionAsync(cancellationToken);
        await AuditChainWriter.AppendAsync(own, ownTransaction, entry, cancellationToken);
        await ownTransaction.CommitAsync(cancellationToken);
    }

    private bool HoldsLock(Tenant chain) => _scope.Holds(chain);

    private string CurrentActor()
    {
        var user = _http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return System;
        }

        return user.FindFirst(ClaimTypes.Email)?.Value ?? user.FindFirst("email")?.Value ?? user.Identity.Name ?? System;
    }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
