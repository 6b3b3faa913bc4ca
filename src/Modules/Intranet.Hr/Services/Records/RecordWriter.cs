using Intranet.Core.Audit;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// Every change to a record: the identity group, and effective-dated rows added or corrected with their decision
/// and scan. Runs inside <see cref="RecordTransaction"/>; other modules are told of each change there, so a
/// handler's failure rolls the change back. Permission checks are the caller's.
/// </summary>
public sealed class RecordWriter
{
    private readonly HrDbContext _db;
    private readonly ITenantAccessor _tenants;
    private readonly RecordRules _rules;
    private readonly ScanStore _scans;
    private readonly StaffRecordEvents _events;
    private readonly IAuditTrail _audit;

    public RecordWriter(HrDbContext db, ITenantAccessor tenants, RecordRules rules, ScanStore scans, StaffRecordEvents events, IAuditTrail audit)
    {
        _audit = audit;
        _db = db;
        _tenants = tenants;
        _rules = rules;
        _scans = scans;
        _events = events;
    }

    /// <summary>Creates a record; the CCCD warnings come back with it (they never block).</summary>
    public async Task<(StaffRecord Record, IReadOnlyList<string> Warnings)> CreateAsync(IdentityInput input, CancellationToken ct = default)
    {
        var record = new StaffRecord { PersonalId = "", FullName = "" };
        IdentityMapper.Apply(input, record);
        await EnsureUniqueAsync(record.PersonalId, null, ct);
        record.CreatedUtc = record.UpdatedUtc = DateTime.UtcNow;
        _db.Records.Add(record);
        await SaveAsync(ct);
        await RaiseAsync(record.Id, StaffChange.Created, ct);
        return (record, Warnings(record));
    }

    public async Task<(StaffRecord Record, IReadOnlyList<string> Warnings)?> UpdateAsync(int id, IdentityInput input, CancellationToken ct = default)
    {
        if (await _db.Records.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } record)
        {
            return null;
        }

        var status = record.Status;
        IdentityMapper.Apply(input, record);
        if (status == StaffStatus.TransferredOut)
        {
            record.Status = status;
        }

        await EnsureUniqueAsync(record.PersonalId, id, ct);
        record.UpdatedUtc = DateTime.UtcNow;
        await SaveAsync(ct);
        await RaiseAsync(id, StaffChange.Updated, ct);
        return (record, Warnings(record));
    }

    /// <summary>Adds a row of the kind with its decision (and scan); null when the record does not exist.</summary>
    public async Task<CareerEntry?> AddRowAsync(int recordId, CareerKind kind, CareerRowInput input, string? actor, ScanFile? scan, CancellationToken ct = default)
    {
        if (!await _db.Records.AnyAsync(r => r.Id == recordId, ct))
        {
            return null;
        }

        var row = CareerRowMapper.New(kind);
        CareerRowMapper.Apply(input, row, await _rules.LoadAsync(ct));
        await AttachAsync(row, scan, ct);
        row.RecordId = recordId;
        row.RecordedBy = actor;
        row.RecordedUtc = DateTime.UtcNow;
        _db.Add(row);
        await TouchAsync(recordId, ct);
        await SaveAsync(ct);
        await RaiseAsync(recordId, StaffChange.CareerChanged, ct);
        return row;
    }

    /// <summary>Corrects a row (a typo, the decision's details, a late scan): the row keeps its id and is marked updated.</summary>
    public async Task<CareerEntry?> CorrectRowAsync(int recordId, CareerKind kind, int rowId, CareerRowInput input, string? actor, ScanFile? scan, CancellationToken ct = default)
    {
        if (await FindTrackedAsync(recordId, kind, rowId, ct) is not { } row)
        {
            return null;
        }

        var previousScan = row.Decision.ScanId;
        CareerRowMapper.Apply(input, row, await _rules.LoadAsync(ct));
        await AttachAsync(row, scan, ct);
        row.UpdatedUtc = DateTime.UtcNow;
        await TouchAsync(recordId, ct);
        await SaveAsync(ct);
        await RaiseAsync(recordId, StaffChange.CareerChanged, ct);
        if (scan is not null && previousScan is not null)
        {
            _scans.Delete(_tenants.Required, previousScan);
        }

        return row;
    }

    /// <summary>Adds a row of a non-dated group (family, Party, assets, health, history); null when the record does not exist.</summary>
    public async Task<object?> AddPersonalAsync(int recordId, PersonalKind kind, PersonalRowInput input, CancellationToken ct = default)
    {
        if (await _db.Records.FirstOrDefaultAsync(r => r.Id == recordId, ct) is not { } record)
        {
            return null;
        }

        var row = PersonalRowMapper.New(kind);
        PersonalRowMapper.Apply(input, row, HrDates.Today());
        _db.Add(row);
        _db.Entry(row).Property("RecordId").CurrentValue = recordId;
        return await PersonalChangedAsync(record, kind, "added", row, ct);
    }

    /// <summary>Corrects a row of a non-dated group in place; null when the record or the row does not exist.</summary>
    public async Task<object?> CorrectPersonalAsync(int recordId, PersonalKind kind, int rowId, PersonalRowInput input, CancellationToken ct = default)
    {
        if (await _db.Records.FirstOrDefaultAsync(r => r.Id == recordId, ct) is not { } record || await FindPersonalAsync(recordId, kind, rowId, ct) is not { } row)
        {
            return null;
        }

        PersonalRowMapper.Apply(input, row, HrDates.Today());
        return await PersonalChangedAsync(record, kind, "corrected", row, ct);
    }

    /// <summary>Removes a row of a non-dated group (entered by mistake); false when it does not exist.</summary>
    public async Task<bool> RemovePersonalAsync(int recordId, PersonalKind kind, int rowId, CancellationToken ct = default)
    {
        if (await _db.Records.FirstOrDefaultAsync(r => r.Id == recordId, ct) is not { } record || await FindPersonalAsync(recordId, kind, rowId, ct) is not { } row)
        {
            return false;
        }

        _db.Remove(row);
        await PersonalChangedAsync(record, kind, "removed", row, ct);
        return true;
    }

    /// <summary>
    /// Saves, tells other modules and, for a sensitive group, audits who changed which group of whose record (never
    /// the values) inside the same transaction: a write without its audit entry does not happen.
    /// </summary>
    private async Task<object> PersonalChangedAsync(StaffRecord record, PersonalKind kind, string action, object row, CancellationToken ct)
    {
        record.UpdatedUtc = DateTime.UtcNow;
        await SaveAsync(ct);
        await RaiseAsync(record.Id, StaffChange.Updated, ct);
        var group = PersonalKinds.Group(kind);
        if (HrAccess.IsSensitive(group))
        {
            await _audit.RecordAsync(HrAccess.ChangeEvent(record, group, action), ct);
        }

        return row;
    }

    private async Task<object?> FindPersonalAsync(int recordId, PersonalKind kind, int rowId, CancellationToken ct) => kind switch
    {
        PersonalKind.Family => await _db.Family.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        PersonalKind.Political => await _db.Political.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        PersonalKind.Assets => await _db.Assets.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        PersonalKind.Health => await _db.Health.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        PersonalKind.History => await _db.History.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        _ => null,
    };

    private async Task AttachAsync(CareerEntry row, ScanFile? scan, CancellationToken ct)
    {
        if (scan is null)
        {
            return;
        }

        var (type, error) = ScanStore.Inspect(scan.Data);
        if (type is null)
        {
            throw new RecordValidationException(error!, new Dictionary<string, string[]> { ["scan"] = [error!] });
        }

        row.Decision.ScanId = await _scans.SaveAsync(_tenants.Required, scan.Data, type, ct);
        row.Decision.ScanFileName = ScanStore.DownloadName(scan.FileName, type);
    }

    private async Task<CareerEntry?> FindTrackedAsync(int recordId, CareerKind kind, int rowId, CancellationToken ct) => kind switch
    {
        CareerKind.Salary => await _db.Salary.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Allowance => await _db.Allowances.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Posting => await _db.Postings.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Rating => await _db.Ratings.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Award => await _db.Awards.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Discipline => await _db.Disciplines.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Qualification => await _db.Qualifications.FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        _ => null,
    };

    private async Task TouchAsync(int recordId, CancellationToken ct)
    {
        if (await _db.Records.FirstOrDefaultAsync(r => r.Id == recordId, ct) is { } record)
        {
            record.UpdatedUtc = DateTime.UtcNow;
        }
    }

    private async Task EnsureUniqueAsync(string personalId, int? exceptId, CancellationToken ct)
    {
        if (await _db.Records.AnyAsync(r => r.PersonalId == personalId && r.Id != exceptId, ct))
        {
            throw Duplicate();
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true)
        {
            // Two saves of the same number at once: the unique index decides.
            throw Duplicate();
        }
    }

    private static RecordValidationException Duplicate() =>
        new("Số định danh cá nhân này đã có trong hồ sơ của đơn vị.",
            new Dictionary<string, string[]> { ["personalId"] = ["Số định danh cá nhân này đã có trong hồ sơ của đơn vị."] }, isConflict: true);

    private IReadOnlyList<string> Warnings(StaffRecord record) =>
        RecordRules.PersonalIdWarnings(record.PersonalId, record.BirthDatePrecision == DatePrecision.Day ? record.BirthDate : null, record.Sex);

    private Task RaiseAsync(int recordId, StaffChange change, CancellationToken ct) => _events.RaiseAsync(recordId, change, ct);
}
