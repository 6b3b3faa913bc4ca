using Intranet.Core.Accounts;
using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Hr.Services.Closing;

/// <summary>
/// Closes the records whose scheduled retirement or leaving date has come (<see cref="StaffRecord.ClosingStatus"/>
/// set, <see cref="StaffRecord.ClosedOn"/> ≤ today, still on staff) and disables their accounts that day. The
/// account is disabled first (its own transaction at the host), then the record closes in the department's; a
/// failure in between is finished by the next run, and a second run finds nothing to do (the status is the marker).
/// </summary>
public sealed class RecordClosingJob
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;
    private readonly TransferService _departments;
    private readonly TimeProvider _clock;
    private readonly ILogger<RecordClosingJob> _logger;

    public RecordClosingJob(IServiceScopeFactory scopes, ITenantAccessor tenants, TransferService departments, TimeProvider clock, ILogger<RecordClosingJob> logger)
    {
        _scopes = scopes;
        _tenants = tenants;
        _departments = departments;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Closes what is due on <paramref name="today"/> in every HR department; returns how many records closed.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct = default)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            var closed = 0;
            foreach (var tenant in _departments.Departments())
            {
                try
                {
                    closed += await CloseDueAsync(tenant, today, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _logger.LogError(ex, "HR closing: {Tenant} failed; the next run retries.", tenant.Name);
                }
            }

            return closed;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<int> CloseDueAsync(Tenant tenant, DateOnly today, CancellationToken ct)
    {
        using var entered = _tenants.Enter(tenant);
        List<(int Id, string? AccountId, string Subject)> due;
        await using (var read = _scopes.CreateAsyncScope())
        {
            var db = read.ServiceProvider.GetRequiredService<HrDbContext>();
            due = [.. (await db.Records.AsNoTracking()
                .Where(r => r.ClosingStatus != null && r.ClosedOn != null && r.ClosedOn <= today
                    && (r.Status == StaffStatus.Active || r.Status == StaffStatus.Probation))
                .Select(r => new { r.Id, r.AccountId, r.PersonalId })
                .ToListAsync(ct))
                .Select(r => (r.Id, r.AccountId, HrAccess.Subject(new StaffRecord { Id = r.Id, PersonalId = r.PersonalId, FullName = "" })))];
        }

        var closed = 0;
        foreach (var (id, accountId, subject) in due)
        {
            if (accountId is not null)
            {
                await using var accountScope = _scopes.CreateAsyncScope();
                if (accountScope.ServiceProvider.GetService<IAccountTransfers>() is { } accounts)
                {
                    await accounts.DisableAsync(accountId, $"Hồ sơ {subject} đóng ngày {today:dd/MM/yyyy}", ct);
                }
            }

            closed += await CloseRecordAsync(id, today, ct) ? 1 : 0;
        }

        return closed;
    }

    private async Task<bool> CloseRecordAsync(int id, DateOnly today, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var transaction = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
        transaction.Begin();
        var db = scope.ServiceProvider.GetRequiredService<HrDbContext>();
        var record = await db.Records.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is not { ClosingStatus: { } status, IsOnStaff: true })
        {
            return false; // closed meanwhile (another run, or an officer)
        }

        record.Status = status;
        record.UpdatedUtc = _clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        if (scope.ServiceProvider.GetService<IAuditTrail>() is { } audit)
        {
            await audit.RecordAsync(new AuditEvent("hr", "record.closed", HrAccess.Subject(record), $"{status} từ {record.ClosedOn:dd/MM/yyyy}; {record.ClosedReason}") { Actor = "system" }, ct);
        }

        await scope.ServiceProvider.GetRequiredService<StaffRecordEvents>()
            .RaiseAsync(db, _tenants.Required.Name, record.Id, today, StaffChange.Closed, ct);

        await transaction.CommitAsync(ct);
        return true;
    }
}
