using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Records;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services;

/// <summary>
/// Tells other modules (and the roll-up cache) of changed records, from every write path: records, work-list
/// confirmations, approved corrections, imports. Called after SaveChanges and before the commit, so a handler that
/// throws rolls the change back.
/// </summary>
public sealed class StaffRecordEvents
{
    private readonly HrDbContext _db;
    private readonly ITenantAccessor _tenants;
    private readonly RecordRules _rules;
    private readonly IEnumerable<IStaffRecordEventHandler> _handlers;

    public StaffRecordEvents(HrDbContext db, ITenantAccessor tenants, RecordRules rules, IEnumerable<IStaffRecordEventHandler> handlers)
    {
        _db = db;
        _tenants = tenants;
        _rules = rules;
        _handlers = handlers;
    }

    public Task RaiseAsync(int recordId, StaffChange change, CancellationToken ct) => RaiseAsync([recordId], change, ct);

    public async Task RaiseAsync(IReadOnlyCollection<int> recordIds, StaffChange change, CancellationToken ct)
    {
        if (recordIds.Count == 0 || !_handlers.Any())
        {
            return;
        }

        // One query set for one record or for the whole department; filtering thousands of ids in SQL is slower.
        var wanted = recordIds.ToHashSet();
        var infos = await StaffInfoQuery.ListAsync(_db, _tenants.Required.Name, _rules, HrDates.Today(), wanted.Count == 1 ? wanted.First() : null, ct);
        foreach (var info in infos.Where(i => wanted.Contains(i.RecordId)))
        {
            foreach (var handler in _handlers)
            {
                await handler.RecordChangedAsync(info, change, ct);
            }
        }
    }

    /// <summary>The records of the given personal IDs (an import names people by CCCD, new ones have no id before saving).</summary>
    public async Task RaiseForPersonalIdsAsync(IEnumerable<string> personalIds, StaffChange change, CancellationToken ct)
    {
        if (!_handlers.Any())
        {
            return;
        }

        var wanted = personalIds.ToHashSet(StringComparer.Ordinal);
        var ids = (await _db.Records.AsNoTracking().Select(r => new { r.Id, r.PersonalId }).ToListAsync(ct))
            .Where(r => wanted.Contains(r.PersonalId)).Select(r => r.Id).ToList();
        await RaiseAsync(ids, change, ct);
    }
}
