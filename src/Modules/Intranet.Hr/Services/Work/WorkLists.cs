using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services.Work;

/// <summary>
/// Builds the work lists of the current department with a few set-based queries (never one per record): the
/// candidates with their current salary row, then the ratings, disciplines and awards that move their dates, the
/// open drafts and the units, each in one query. The rules engines compute the dates in memory.
/// </summary>
public sealed class WorkLists
{
    /// <summary>The furthest a window may reach, in days (ten years).</summary>
    public const int MaxDays = 3650;

    /// <summary>How far ahead the retirement notice must be given (NĐ 135/2020, BLLĐ 2019 Art. 169 rules on notice).</summary>
    public const int NoticeMonths = 6;

    private readonly HrDbContext _db;
    private readonly ICodeLists _codeLists;

    public WorkLists(HrDbContext db, ICodeLists codeLists)
    {
        _db = db;
        _codeLists = codeLists;
    }

    public Task<IReadOnlyList<WorkItem>> ListAsync(WorkListKind kind, DateOnly today, int days, CancellationToken ct) => kind switch
    {
        WorkListKind.Steps => StepsAsync(today, days, ct),
        WorkListKind.Retirements => RetirementsAsync(today, days, ct),
        WorkListKind.Probations => EndsAsync(today, days, probation: true, ct),
        WorkListKind.Contracts => EndsAsync(today, days, probation: false, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// On-staff people whose next step (or next allowance rate) falls on or before <c>today + days</c>, overdue ones
    /// first. A step held for less than (shortest interval − longest early increase) cannot be due, so SQL drops it.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> StepsAsync(DateOnly today, int days, CancellationToken ct)
    {
        var until = today.AddDays(days);
        // The shortest wait is 12 months: 24 − 12 early for a step, or one more year of the allowance.
        var heldSince = until.AddMonths(-12);
        var rows = await (
            from r in _db.Records.AsNoTracking()
            where r.Status == StaffStatus.Active || r.Status == StaffStatus.Probation
            from s in _db.Salary
            // The latest row, future-dated ones included: a step confirmed ahead of its date is decided, and the
            // next one counts from it.
            where s.RecordId == r.Id
                && s.Id == _db.Salary.Where(x => x.RecordId == r.Id)
                    .OrderByDescending(x => x.EffectiveFrom).ThenByDescending(x => x.Id).Select(x => x.Id).First()
                && s.StepSince <= heldSince
            select new
            {
                r.Id, r.FullName, r.PersonalId, r.Category, s.RankCode, s.ScaleCode, s.Step, s.Coefficient, s.ExceedingPercent, s.StepSince,
            }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        // What moves a date is sparse (failed ratings, disciplines, early-step awards): read it for the whole
        // department in one query each rather than passing thousands of ids to SQLite.
        var ratings = (await _db.Ratings.AsNoTracking().Where(x => x.Rating == Rating.NotCompleted).ToListAsync(ct)).ToLookup(x => x.RecordId);
        var disciplines = (await _db.Disciplines.AsNoTracking().ToListAsync(ct)).ToLookup(x => x.RecordId);
        var awards = (await _db.Awards.AsNoTracking().Where(x => x.EarlyStepMonths > 0).ToListAsync(ct)).ToLookup(x => x.RecordId);
        // The current code-list version's scales: a province that adds a version is read from then on.
        var tables = (await _codeLists.CurrentAsync(ct)).Salary;
        var items = new List<WorkItem>();
        foreach (var row in rows)
        {
            if (tables.FindScale(row.ScaleCode) is not { } scale || row.Step < 1 || row.Step > scale.MaxStep
                || (row.ExceedingPercent > 0 && row.Step != scale.MaxStep) || row.ExceedingPercent < 0)
            {
                continue; // an imported row the rules cannot read: the record page shows it, the list cannot date it
            }

            var adjustments = StepAdjustments.From(row.StepSince, ratings[row.Id], disciplines[row.Id], awards[row.Id]);
            var next = StepRules.Next(scale, row.Step, row.ExceedingPercent, row.StepSince, adjustments);
            if (next.DueDate > until)
            {
                continue;
            }

            items.Add(new WorkItem(row.Id, row.FullName, PersonalIdMask.Mask(row.PersonalId), null,
                next.IsExceedingAllowance ? DraftKind.ExceedingAllowance : DraftKind.RegularStep, next.DueDate, next.DueDate < today)
            {
                RankCode = row.RankCode,
                ScaleCode = row.ScaleCode,
                CurrentStep = row.Step,
                CurrentCoefficient = row.Coefficient,
                CurrentExceedingPercent = row.ExceedingPercent,
                NextStep = next.Step,
                NextCoefficient = next.Coefficient,
                NextExceedingPercent = next.ExceedingPercent,
                ExtensionMonths = adjustments.ExtensionMonths,
                EarlyMonths = adjustments.EarlyMonths,
            });
        }

        return await CompleteAsync(items, ct);
    }

    /// <summary>
    /// On-staff people whose retirement date (NĐ 135/2020) falls on or before <c>today + days</c>; past dates are
    /// overdue. Those within 6 months and not yet decided must be told now.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> RetirementsAsync(DateOnly today, int days, CancellationToken ct)
    {
        var until = today.AddDays(days);
        // Nobody retires before 55 years and 4 months (women, 2021): younger people are left in the database.
        var bornBy = until.AddYears(-55);
        var rows = await _db.Records.AsNoTracking()
            .Where(r => (r.Status == StaffStatus.Active || r.Status == StaffStatus.Probation) && r.BirthDate <= bornBy)
            .Select(r => new { r.Id, r.FullName, r.PersonalId, r.Sex, r.BirthDate, r.BirthDatePrecision, r.ClosedOn })
            .ToListAsync(ct);
        var items = new List<WorkItem>();
        foreach (var row in rows)
        {
            var date = RetirementRules.RetirementDate(row.BirthDate, row.BirthDatePrecision, row.Sex).Date;
            if (date > until)
            {
                continue;
            }

            var notifyBy = date.AddMonths(-NoticeMonths);
            var scheduled = row.ClosedOn is not null;
            items.Add(new WorkItem(row.Id, row.FullName, PersonalIdMask.Mask(row.PersonalId), null, DraftKind.Retirement, date, date < today && !scheduled)
            {
                NotifyBy = notifyBy,
                MustNotifyNow = !scheduled && notifyBy <= today,
                Scheduled = scheduled,
            });
        }

        return await CompleteAsync(items, ct);
    }

    /// <summary>Probation or contract ends on or before <c>today + days</c> for people still on staff.</summary>
    public async Task<IReadOnlyList<WorkItem>> EndsAsync(DateOnly today, int days, bool probation, CancellationToken ct)
    {
        var until = today.AddDays(days);
        var query = _db.Records.AsNoTracking().Where(r => r.Status == StaffStatus.Active || r.Status == StaffStatus.Probation);
        query = probation
            ? query.Where(r => r.Status == StaffStatus.Probation && r.ProbationEndsOn != null && r.ProbationEndsOn <= until)
            : query.Where(r => r.ContractEndsOn != null && r.ContractEndsOn <= until);
        var rows = await query.Select(r => new { r.Id, r.FullName, r.PersonalId, End = probation ? r.ProbationEndsOn : r.ContractEndsOn, r.ClosedOn }).ToListAsync(ct);
        var kind = probation ? DraftKind.ProbationEnd : DraftKind.ContractEnd;
        var items = rows.Select(r => new WorkItem(r.Id, r.FullName, PersonalIdMask.Mask(r.PersonalId), null, kind, r.End!.Value, r.End < today && r.ClosedOn is null)
        {
            Scheduled = !probation && r.ClosedOn is not null,
        }).ToList();
        return await CompleteAsync(items, ct);
    }

    /// <summary>Adds each line's current unit and open draft (one query each) and sorts: overdue first, then by date and name.</summary>
    private async Task<IReadOnlyList<WorkItem>> CompleteAsync(List<WorkItem> items, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return items;
        }

        // Open drafts are few: all of them, matched in memory.
        var drafts = await _db.Drafts.AsNoTracking().Where(d => d.Status == DraftStatus.Draft).Select(d => new { d.RecordId, d.Kind, d.Id }).ToListAsync(ct);
        var draftOf = drafts.GroupBy(d => (d.RecordId, d.Kind)).ToDictionary(g => g.Key, g => g.Max(d => d.Id));
        var units = await LatestUnitsAsync(items, ct);
        return items
            .Select(i => i with { UnitName = units.GetValueOrDefault(i.RecordId), DraftId = draftOf.TryGetValue((i.RecordId, i.Kind), out var d) ? d : null })
            .OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.DueDate)
            .ThenBy(i => i.FullName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
    }

    /// <summary>
    /// Each listed person's latest unit. A short list passes its ids; a long one reads the latest posting of every
    /// record in one pass, which SQLite does faster than matching thousands of parameters.
    /// </summary>
    private async Task<Dictionary<int, string?>> LatestUnitsAsync(List<WorkItem> items, CancellationToken ct)
    {
        var postings = _db.Postings.AsNoTracking().Where(p => p.Id == _db.Postings.Where(x => x.RecordId == p.RecordId)
            .OrderByDescending(x => x.EffectiveFrom).ThenByDescending(x => x.Id).Select(x => x.Id).First());
        if (items.Count <= 100)
        {
            var ids = items.Select(i => i.RecordId).ToList();
            postings = postings.Where(p => ids.Contains(p.RecordId));
        }

        var rows = await postings.Select(p => new { p.RecordId, p.UnitName }).ToListAsync(ct);
        return rows.ToDictionary(p => p.RecordId, p => p.UnitName);
    }
}
