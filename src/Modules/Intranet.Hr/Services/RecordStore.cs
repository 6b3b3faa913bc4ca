using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Records;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services;

/// <summary>
/// Reads the current department's records: by id, personal ID or account, the filtered list, and a record's rows
/// of the groups the caller may read ("as of" a date is <see cref="AsOf"/> over them). Permission checks are the
/// caller's (<see cref="HrAccess"/>); this class only loads what it is asked for.
/// </summary>
public sealed class RecordStore
{
    private readonly HrDbContext _db;

    public RecordStore(HrDbContext db) => _db = db;

    public Task<StaffRecord?> FindAsync(int id, CancellationToken ct = default) =>
        _db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<StaffRecord?> FindByPersonalIdAsync(string personalId, CancellationToken ct = default)
    {
        var key = personalId.Trim();
        return _db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.PersonalId == key, ct);
    }

    public Task<StaffRecord?> FindByAccountAsync(string accountId, CancellationToken ct = default) =>
        _db.Records.AsNoTracking().OrderByDescending(r => r.Status == StaffStatus.Active || r.Status == StaffStatus.Probation).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(r => r.AccountId == accountId, ct);

    /// <summary>The record with the rows of <paramref name="groups"/> only: a group the caller may not read never leaves the database.</summary>
    public async Task<StaffRecord?> LoadAsync(int id, IReadOnlyCollection<HrGroup> groups, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } record)
        {
            return null;
        }

        if (groups.Contains(HrGroup.Basic))
        {
            record.Postings = await Rows(_db.Postings, id, ct);
            record.Ratings = await Rows(_db.Ratings, id, ct);
            record.Awards = await Rows(_db.Awards, id, ct);
            record.Disciplines = await Rows(_db.Disciplines, id, ct);
            record.Qualifications = await Rows(_db.Qualifications, id, ct);
            record.History = await _db.History.AsNoTracking().Where(h => h.RecordId == id).OrderBy(h => h.From).ToListAsync(ct);
        }

        if (groups.Contains(HrGroup.Salary))
        {
            record.Salary = await Rows(_db.Salary, id, ct);
            record.Allowances = await Rows(_db.Allowances, id, ct);
        }

        if (groups.Contains(HrGroup.Family))
        {
            record.Family = await _db.Family.AsNoTracking().Where(f => f.RecordId == id).OrderBy(f => f.Id).ToListAsync(ct);
        }

        if (groups.Contains(HrGroup.Political))
        {
            record.Political = await _db.Political.AsNoTracking().Where(p => p.RecordId == id).OrderBy(p => p.JoinedOn).ToListAsync(ct);
        }

        if (groups.Contains(HrGroup.Assets))
        {
            record.Assets = await _db.Assets.AsNoTracking().Where(a => a.RecordId == id).OrderByDescending(a => a.Year).ToListAsync(ct);
        }

        if (groups.Contains(HrGroup.Health))
        {
            record.Health = await _db.Health.AsNoTracking().Where(h => h.RecordId == id).OrderByDescending(h => h.CheckedOn).ToListAsync(ct);
        }

        return record;
    }

    /// <summary>The record as of a date, over the rows loaded with it.</summary>
    public static RecordSnapshot AsOf(StaffRecord record, DateOnly date) => new(record, date);

    /// <summary>One row of a kind of a record (for corrections and scans), or null.</summary>
    /// <summary>A row of a non-dated group (family, Party, assets, health, history) of the record, or null.</summary>
    public async Task<object?> FindPersonalRowAsync(int recordId, PersonalKind kind, int rowId, CancellationToken ct = default) => kind switch
    {
        PersonalKind.Family => await _db.Family.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        PersonalKind.Political => await _db.Political.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        PersonalKind.Assets => await _db.Assets.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        PersonalKind.Health => await _db.Health.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        PersonalKind.History => await _db.History.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        _ => null,
    };

    public async Task<CareerEntry?> FindRowAsync(int recordId, CareerKind kind, int rowId, CancellationToken ct = default) => kind switch
    {
        CareerKind.Salary => await _db.Salary.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Allowance => await _db.Allowances.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Posting => await _db.Postings.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Rating => await _db.Ratings.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Award => await _db.Awards.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Discipline => await _db.Disciplines.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        CareerKind.Qualification => await _db.Qualifications.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.RecordId == recordId, ct),
        _ => null,
    };

    /// <summary>
    /// The list: everything filtered in memory over one projection per table, since name search folds Vietnamese
    /// and unit/rank are "as of" values (a department holds a few thousand records at most).
    /// </summary>
    public async Task<RecordPage> ListAsync(RecordFilter filter, CancellationToken ct = default)
    {
        var asOf = filter.AsOf ?? HrDates.Today();
        var pageSize = Math.Clamp(filter.PageSize, 1, RecordFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var query = _db.Records.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        var records = await query.Select(r => new { r.Id, r.FullName, r.PersonalId, r.BirthDate, r.Sex, r.Status }).ToListAsync(ct);
        var postings = (await Latest(_db.Postings, asOf).Select(p => new { p.RecordId, p.UnitId, p.UnitName, p.Post }).ToListAsync(ct))
            .ToDictionary(p => p.RecordId);
        var salary = (await Latest(_db.Salary, asOf).Select(s => new { s.RecordId, s.RankCode, s.Step }).ToListAsync(ct))
            .ToDictionary(s => s.RecordId);
        var words = NameFolding.Fold(filter.Search).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
        var unit = string.IsNullOrWhiteSpace(filter.UnitId) ? null : filter.UnitId.Trim();
        var rank = string.IsNullOrWhiteSpace(filter.RankCode) ? null : filter.RankCode.Trim();
        var matched = records
            .Select(r => (Row: r, Folded: NameFolding.Fold(r.FullName), Posting: postings.GetValueOrDefault(r.Id), Salary: salary.GetValueOrDefault(r.Id)))
            .Where(x => words.Count == 0 || NameFolding.Matches(x.Folded, words) || (words.Count == 1 && x.Row.PersonalId == words[0]))
            .Where(x => unit is null || string.Equals(x.Posting?.UnitId, unit, StringComparison.OrdinalIgnoreCase))
            .Where(x => rank is null || string.Equals(x.Salary?.RankCode, rank, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => NameFolding.SortKey(x.Folded), StringComparer.Ordinal)
            .ThenBy(x => x.Row.Id)
            .ToList();
        var items = matched.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new RecordListItem(x.Row.Id, x.Row.FullName, PersonalIdMask.Mask(x.Row.PersonalId), x.Row.BirthDate, x.Row.Sex, x.Row.Status,
                x.Salary?.RankCode, x.Salary?.Step, x.Posting?.UnitId, x.Posting?.UnitName, x.Posting?.Post))
            .ToList();
        return new RecordPage(items, matched.Count, page, pageSize, asOf);
    }

    /// <summary>The row in force on the date for every record: no later row with EffectiveFrom ≤ the date (ties: the later id).</summary>
    internal static IQueryable<T> Latest<T>(DbSet<T> set, DateOnly asOf)
        where T : CareerEntry =>
        set.AsNoTracking().Where(p => p.EffectiveFrom <= asOf
            && !set.Any(q => q.RecordId == p.RecordId && q.EffectiveFrom <= asOf && (q.EffectiveFrom > p.EffectiveFrom || (q.EffectiveFrom == p.EffectiveFrom && q.Id > p.Id))));

    private static Task<List<T>> Rows<T>(DbSet<T> set, int recordId, CancellationToken ct)
        where T : CareerEntry =>
        set.AsNoTracking().Where(r => r.RecordId == recordId).OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Id).ToListAsync(ct);
}
