using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Records;
using Intranet.Hr.Services.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services;

/// <summary>
/// The one sender of record changes, used by every write path: records, work-list confirmations, approved
/// corrections, imports, transfers and closings. For each changed record it first recomputes the dates kept on the
/// record for the work lists (<see cref="WorkDates"/>), then tells other modules (and the roll-up) through every
/// <see cref="IStaffRecordEventHandler"/>. Called after SaveChanges and before the commit, so a handler that throws
/// rolls the change back.
/// </summary>
public sealed class StaffRecordEvents
{
    private readonly IServiceProvider _services;
    private readonly ITenantAccessor _tenants;
    private readonly RecordRules _rules;
    private readonly WorkDates _dates;
    private readonly IEnumerable<IStaffRecordEventHandler> _handlers;

    // The department's context is resolved only by the calls about the current department: transfers and the
    // closing job run at the host with contexts of named departments and pass them in.
    public StaffRecordEvents(IServiceProvider services, ITenantAccessor tenants, RecordRules rules, WorkDates dates, IEnumerable<IStaffRecordEventHandler> handlers)
    {
        _services = services;
        _tenants = tenants;
        _rules = rules;
        _dates = dates;
        _handlers = handlers;
    }

    private HrDbContext Db => _services.GetRequiredService<HrDbContext>();

    public Task RaiseAsync(int recordId, StaffChange change, CancellationToken ct) => RaiseAsync([recordId], change, ct);

    /// <summary>Records of the current department, described as of today.</summary>
    public async Task RaiseAsync(IReadOnlyCollection<int> recordIds, StaffChange change, CancellationToken ct)
    {
        if (recordIds.Count == 0)
        {
            return;
        }

        var db = Db;
        await _dates.RefreshAsync(db, recordIds, ct);
        if (!_handlers.Any())
        {
            return;
        }

        // One query set for one record or for the whole department; filtering thousands of ids in SQL is slower.
        var wanted = recordIds.ToHashSet();
        var infos = await StaffInfoQuery.ListAsync(db, _tenants.Required.Name, _rules, HrDates.Today(), wanted.Count == 1 ? wanted.First() : null, ct);
        foreach (var info in infos.Where(i => wanted.Contains(i.RecordId)))
        {
            await SendAsync(info, change, ct);
        }
    }

    /// <summary>
    /// What other modules are told of a record of a named department (its context passed in: transfers and the closing
    /// job work on departments other than the current one) as of a date; null when the record does not exist.
    /// </summary>
    public async Task<StaffInfo?> DescribeAsync(HrDbContext db, string tenantName, int recordId, DateOnly asOf, CancellationToken ct) =>
        (await StaffInfoQuery.ListAsync(db, tenantName, _rules, asOf, recordId, ct)).SingleOrDefault();

    /// <summary>
    /// A change of a record of a named department, described as of a date (a closing: the day it runs; a transfer:
    /// its effective date); the record's dates in that department are recomputed first.
    /// </summary>
    public async Task RaiseAsync(HrDbContext db, string tenantName, int recordId, DateOnly asOf, StaffChange change, CancellationToken ct)
    {
        if (await DescribeAsync(db, tenantName, recordId, asOf, ct) is { } info)
        {
            await RaiseAsync(db, info, change, ct);
        }
    }

    /// <summary>A change already described by the caller, in the given department context; the record's dates there are recomputed first.</summary>
    public async Task RaiseAsync(HrDbContext db, StaffInfo info, StaffChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(info);
        await _dates.RefreshAsync(db, [info.RecordId], ct);
        await SendAsync(info, change, ct);
    }

    /// <summary>The records of the given personal IDs (an import names people by CCCD, new ones have no id before saving).</summary>
    public async Task RaiseForPersonalIdsAsync(IEnumerable<string> personalIds, StaffChange change, CancellationToken ct)
    {
        var wanted = personalIds.ToHashSet(StringComparer.Ordinal);
        var ids = (await Db.Records.AsNoTracking().Select(r => new { r.Id, r.PersonalId }).ToListAsync(ct))
            .Where(r => wanted.Contains(r.PersonalId)).Select(r => r.Id).ToList();
        await RaiseAsync(ids, change, ct);
    }

    private async Task SendAsync(StaffInfo info, StaffChange change, CancellationToken ct)
    {
        foreach (var handler in _handlers)
        {
            await handler.RecordChangedAsync(info, change, ct);
        }
    }
}
