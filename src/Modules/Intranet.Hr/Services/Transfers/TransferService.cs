using Intranet.Core.Accounts;
using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.OrgUnits;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services.Transfers;

/// <summary>
/// Moves a person from one department to another at the host, in one <see cref="DataTransactionScope"/> spanning the
/// source's database, the target's and the host's: the record and its whole history are copied into the target and
/// the source keeps a closed stub (TransferredOut) for its own history; the decision scans are copied; the directory
/// entry moves (Core <see cref="IStaffDirectoryTransfers"/>); the account's home and memberships change (Core
/// <see cref="IAccountTransfers"/>; the mailbox stays, Mail follows the home); both departments' audit trails record
/// it. Any failure before the commit rolls all three databases back and deletes the copied scans.
/// </summary>
public sealed class TransferService
{
    // Transfers are rare; one at a time means two opposite transfers never wait on each other's database locks.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantRegistry _registry;
    private readonly HrScanFiles _scans;
    private readonly IOrgUnitDirectory? _units;
    private readonly TimeProvider _clock;

    public TransferService(IServiceScopeFactory scopes, ITenantRegistry registry, HrScanFiles scans, TimeProvider clock, IOrgUnitDirectory? units = null)
    {
        _scopes = scopes;
        _registry = registry;
        _scans = scans;
        _clock = clock;
        _units = units;
    }

    /// <summary>Running departments where HR records are on (the possible sources and targets).</summary>
    public IReadOnlyList<Tenant> Departments() =>
        [.. _registry.Table.Tenants.Where(IsHrDepartment).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)];

    public static bool IsHrDepartment(Tenant t) => !t.IsHost && t.State == TenantState.Running && t.IsFeatureEnabled(HrFeatures.Department);

    public async Task<TransferResult> TransferAsync(TransferRequest request, string? actorId, CancellationToken ct = default)
    {
        var (from, to) = Validate(request);
        var unitName = await UnitNameAsync(to, request.ToUnitId, ct);
        await OneAtATime.WaitAsync(ct);
        IReadOnlyList<string> copiedScans = [];
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var transaction = services.GetRequiredService<DataTransactionScope>();
            var checkpoints = services.GetRequiredService<ITransferCheckpoints>();
            transaction.Begin();

            // Take the write locks in one order (departments by name, the host last) whatever the direction.
            foreach (var tenant in new[] { from, to }.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                transaction.For(tenant);
            }

            await using var source = TenantDbContexts.Create<HrDbContext>(services, from);
            await using var target = TenantDbContexts.Create<HrDbContext>(services, to);
            var record = await RecordGraph.LoadAsync(source, request.PersonalId, ct)
                ?? throw new TransferException(404, $"Đơn vị {from.DisplayName} không có hồ sơ mang số định danh này.", "personalId");
            if (!record.IsOnStaff)
            {
                throw new TransferException(409, "Hồ sơ đã đóng (nghỉ hưu, thôi việc hoặc đã chuyển đi), không điều động được.", "personalId");
            }

            await RemoveStubAsync(target, request.PersonalId, to, ct);

            var now = _clock.GetUtcNow().UtcDateTime;
            var sourceId = record.Id;
            var sourcePersonId = record.DirectoryPersonId;
            var scanIds = RecordGraph.Career(record).Select(c => c.Decision.ScanId).OfType<string>().ToList();
            var rows = RecordGraph.RowCount(record);
            RecordGraph.Detach(record);
            record.Postings.Add(new PostingEntry
            {
                EffectiveFrom = request.EffectiveOn,
                Movement = request.Kind,
                UnitId = request.ToUnitId,
                UnitName = unitName,
                JobPosition = Clean(request.JobPosition),
                Post = Clean(request.Post),
                Agency = to.DisplayName,
                Decision = request.Decision,
                RecordedBy = actorId,
                RecordedUtc = now,
            });
            record.JoinedAgencyOn = request.EffectiveOn;
            record.DirectoryPersonId = null;
            record.UpdatedUtc = now;
            target.Records.Add(record);
            await target.SaveChangesAsync(ct);
            await checkpoints.ReachedAsync(TransferStep.RecordCopied, ct);

            await RecordGraph.DeleteHistoryAsync(source, sourceId, ct);
            var reason = $"{KindName(request.Kind)} đến {to.DisplayName} từ {request.EffectiveOn:dd/MM/yyyy}";
            await source.Records.Where(r => r.Id == sourceId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, StaffStatus.TransferredOut)
                .SetProperty(r => r.ClosedOn, request.EffectiveOn)
                .SetProperty(r => r.ClosedReason, reason)
                .SetProperty(r => r.UpdatedUtc, now), ct);
            await source.Drafts.Where(d => d.RecordId == sourceId && d.Status == DraftStatus.Draft)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DraftStatus.Discarded), ct);
            await checkpoints.ReachedAsync(TransferStep.SourceClosed, ct);

            var sourceScans = scanIds.SelectMany(id => _scans.FilesOf(from, id)).ToList();
            copiedScans = _scans.CopyAll(from, to, scanIds);

            // Runs first once committed (before the directory's index updates): from then on the copies are the
            // target's, whatever a later after-commit step does, and the source's files go.
            transaction.AfterCommit(_ =>
            {
                copiedScans = [];
                HrScanFiles.DeleteAll(sourceScans);
                return Task.CompletedTask;
            });
            await checkpoints.ReachedAsync(TransferStep.ScansCopied, ct);

            var directoryId = await MoveDirectoryEntryAsync(services, new DirectoryMove(from.Name, to.Name, sourcePersonId, record.AccountId, request.ToUnitId), ct);
            if (directoryId is not null)
            {
                record.DirectoryPersonId = directoryId;
                await target.SaveChangesAsync(ct);
            }

            await checkpoints.ReachedAsync(TransferStep.DirectoryMoved, ct);

            var accountMoved = record.AccountId is { } accountId && services.GetService<IAccountTransfers>() is { } accounts
                && await accounts.MoveHomeAsync(accountId, from.Name, to.Name, request.Roles, ct) is not null;
            await checkpoints.ReachedAsync(TransferStep.AccountMoved, ct);

            await AuditAsync(services, from, to, record, request, rows, ct);
            await checkpoints.ReachedAsync(TransferStep.Audited, ct);

            var events = services.GetRequiredService<StaffRecordEvents>();
            // The person as they arrive (the target's record on the effective date); the source is told of the same person leaving.
            var moved = await events.DescribeAsync(target, to.Name, record.Id, request.EffectiveOn, ct)
                ?? throw new InvalidOperationException("The copied record is missing from the target.");
            await events.RaiseAsync(source, moved with { TenantName = from.Name, RecordId = sourceId, Status = StaffStatus.TransferredOut }, StaffChange.TransferredOut, ct);
            await events.RaiseAsync(target, moved, StaffChange.TransferredIn, ct);

            await checkpoints.ReachedAsync(TransferStep.EventsRaised, ct);

            await transaction.CommitAsync(ct);
            return new TransferResult(from.Name, to.Name, record.Id, rows, sourceScans.Count, directoryId, accountMoved);
        }
        catch
        {
            HrScanFiles.DeleteAll(copiedScans);
            throw;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private (Tenant From, Tenant To) Validate(TransferRequest request)
    {
        if (string.Equals(request.FromTenant, request.ToTenant, StringComparison.OrdinalIgnoreCase))
        {
            throw new TransferException(400, "Đơn vị đến phải khác đơn vị đi.", "toTenant");
        }

        if (request.PersonalId is not { Length: 12 } || !request.PersonalId.All(char.IsAsciiDigit))
        {
            throw new TransferException(400, "Số định danh cá nhân phải gồm đúng 12 chữ số.", "personalId");
        }

        if (request.Kind is not (MovementKind.Transfer or MovementKind.Rotation))
        {
            throw new TransferException(400, "Hình thức phải là điều động hoặc luân chuyển.", "kind");
        }

        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        if (request.EffectiveOn < today.AddYears(-1) || request.EffectiveOn > today.AddYears(1))
        {
            throw new TransferException(400, "Ngày hiệu lực phải trong vòng một năm trước hoặc sau hôm nay.", "effectiveOn");
        }

        if (string.IsNullOrWhiteSpace(request.Decision.Number) || request.Decision.Number.Length > 60)
        {
            throw new TransferException(400, "Cần số quyết định điều động (tối đa 60 ký tự).", "decisionNumber");
        }

        if (request.Decision.Signer is { Length: > 150 } || request.JobPosition is { Length: > 200 } || request.Post is { Length: > 200 })
        {
            throw new TransferException(400, "Người ký, vị trí việc làm hoặc chức vụ dài quá giới hạn.", "decisionSigner");
        }

        return (Department(request.FromTenant, "fromTenant"), Department(request.ToTenant, "toTenant"));
    }

    private Tenant Department(string name, string field) =>
        _registry.Table.FindByName(name) is { } t && IsHrDepartment(t)
            ? t
            : throw new TransferException(400, $"Không có đơn vị '{name}' đang dùng hồ sơ cán bộ.", field);

    private async Task<string?> UnitNameAsync(Tenant to, string? unitId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(unitId))
        {
            return null;
        }

        var units = _units is null ? [] : await _units.ListUnitsAsync(to.Name, ct);
        return units.FirstOrDefault(u => u.UnitId == unitId)?.Name
            ?? throw new TransferException(400, $"Đơn vị {to.DisplayName} không có phòng/ban '{unitId}'.", "toUnitId");
    }

    /// <summary>A closed stub of the same person (they left the target before) gives way; an open record refuses.</summary>
    private static async Task RemoveStubAsync(HrDbContext target, string personalId, Tenant to, CancellationToken ct)
    {
        if (await target.Records.Where(r => r.PersonalId == personalId).Select(r => new { r.Id, r.Status }).FirstOrDefaultAsync(ct) is not { } existing)
        {
            return;
        }

        if (existing.Status is StaffStatus.Active or StaffStatus.Probation)
        {
            throw new TransferException(409, $"Đơn vị {to.DisplayName} đã có hồ sơ đang hoạt động mang số định danh này.", "personalId");
        }

        await RecordGraph.DeleteHistoryAsync(target, existing.Id, ct);
        await target.Records.Where(r => r.Id == existing.Id).ExecuteDeleteAsync(ct);
    }

    private static async Task<int?> MoveDirectoryEntryAsync(IServiceProvider services, DirectoryMove move, CancellationToken ct) =>
        move.PersonId is null && move.AccountId is null || services.GetService<IStaffDirectoryTransfers>() is not { } directory
            ? null
            : await directory.MovePersonAsync(move, ct);

    private static async Task AuditAsync(IServiceProvider services, Tenant from, Tenant to, StaffRecord record, TransferRequest request, int rows, CancellationToken ct)
    {
        if (services.GetService<IAuditTrail>() is not { } audit)
        {
            return;
        }

        var details = $"{KindName(request.Kind)} {from.Name}→{to.Name} từ {request.EffectiveOn:dd/MM/yyyy}, QĐ {request.Decision.Number}; {rows} dòng quá trình";
        await audit.RecordAsync(new AuditEvent("hr", "transfer.out", HrAccess.Subject(record), details) { TenantName = from.Name }, ct);
        await audit.RecordAsync(new AuditEvent("hr", "transfer.in", HrAccess.Subject(record), details) { TenantName = to.Name }, ct);
    }

    public static string KindName(MovementKind kind) => kind == MovementKind.Rotation ? "Luân chuyển" : "Điều động";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
