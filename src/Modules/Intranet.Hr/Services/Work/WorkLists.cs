using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services.Work;

/// <summary>
/// Builds the work lists of the current department. Each list selects its lines with one indexed range query on a
/// date kept on the record (the step due date and retirement date computed by <see cref="WorkDates"/>, the entered
/// probation and contract ends), with each line's latest salary row and unit; the rules then run over the listed
/// lines only. Then one query for the open drafts.
/// </summary>
public sealed class WorkLists
{
    /// <summary>The furthest a window may reach, in days (ten years).</summary>
    public const int MaxDays = 3650;

    /// <summary>How far ahead the retirement notice must be given (NĐ 135/2020, BLLĐ 2019 Art. 169 rules on notice).</summary>
    public const int NoticeMonths = 6;

    private readonly HrDbContext _db;
    private readonly WorkDates _dates;

    public WorkLists(HrDbContext db, WorkDates dates)
    {
        _db = db;
        _dates = dates;
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
    /// first. The due date kept on the record (<see cref="WorkDates"/>) selects the lines with an indexed range
    /// query; the rules then run again over those lines only, for the proposed step and the adjustments shown.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> StepsAsync(DateOnly today, int days, CancellationToken ct)
    {
        await _dates.EnsureCurrentAsync(_db, ct);
        var until = today.AddDays(days);
        var due = OnStaff().Where(r => r.NextStepDue != null && r.NextStepDue <= until);
        var rows = await (
            from r in due
            from s in _db.Salary
            // The latest row, future-dated ones included: a step confirmed ahead of its date is decided, and the
            // next one counts from it.
            where s.RecordId == r.Id
                && s.Id == _db.Salary.Where(x => x.RecordId == r.Id)
                    .OrderByDescending(x => x.EffectiveFrom).ThenByDescending(x => x.Id).Select(x => x.Id).First()
            select new
            {
                r.Id, r.FullName, r.PersonalId, r.Category, s.RankCode, s.ScaleCode, s.Step, s.Coefficient, s.ExceedingPercent, s.StepSince,
                Unit = _db.Postings.Where(p => p.RecordId == r.Id).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Id).Select(p => p.UnitName).FirstOrDefault(),
            }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        // What moves a date is sparse (failed ratings, disciplines, early-step awards): read for the listed records
        // only, joined in SQL rather than passing their ids.
        var ratings = (await _db.Ratings.AsNoTracking().Where(x => x.Rating == Rating.NotCompleted && due.Any(r => r.Id == x.RecordId)).ToListAsync(ct)).ToLookup(x => x.RecordId);
        var disciplines = (await _db.Disciplines.AsNoTracking().Where(x => due.Any(r => r.Id == x.RecordId)).ToListAsync(ct)).ToLookup(x => x.RecordId);
        var awards = (await _db.Awards.AsNoTracking().Where(x => x.EarlyStepMonths > 0 && due.Any(r => r.Id == x.RecordId)).ToListAsync(ct)).ToLookup(x => x.RecordId);
        // The current code-list version's scales: a province that adds a version is read from then on.
        var tables = await _dates.TablesAsync(ct);
        var items = new List<WorkItem>();
        foreach (var row in rows)
        {
            if (WorkDates.NextStepOf(tables, row.ScaleCode, row.Step, row.ExceedingPercent, row.StepSince, ratings[row.Id], disciplines[row.Id], awards[row.Id]) is not var (next, adjustments)
                || next.DueDate > until)
            {
                continue;
            }

            items.Add(new WorkItem(row.Id, row.FullName, PersonalIdMask.Mask(row.PersonalId), row.Unit,
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
    /// On-staff people whose retirement date (NĐ 135/2020, kept on the record) falls on or before <c>today + days</c>;
    /// past dates are overdue. Those within 6 months and not yet decided must be told now.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> RetirementsAsync(DateOnly today, int days, CancellationToken ct)
    {
        await _dates.EnsureCurrentAsync(_db, ct);
        var until = today.AddDays(days);
        var rows = await OnStaff()
            .Where(r => r.RetirementOn != null && r.RetirementOn <= until)
            .Select(r => new { r.Id, r.FullName, r.PersonalId, r.Sex, r.BirthDate, r.BirthDatePrecision, r.ClosedOn, Unit = _db.Postings.Where(p => p.RecordId == r.Id).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Id).Select(p => p.UnitName).FirstOrDefault() })
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
            items.Add(new WorkItem(row.Id, row.FullName, PersonalIdMask.Mask(row.PersonalId), row.Unit, DraftKind.Retirement, date, date < today && !scheduled)
            {
                NotifyBy = notifyBy,
                MustNotifyNow = !scheduled && notifyBy <= today,
                Scheduled = scheduled,
            });
        }

        return await CompleteAsync(items, ct);
    }

    /// <summary>Probation or contract ends on or before <c>today + days</c> for people still on staff (indexed end dates).</summary>
    public async Task<IReadOnlyList<WorkItem>> EndsAsync(DateOnly today, int days, bool probation, CancellationToken ct)
    {
        var until = today.AddDays(days);
        var query = OnStaff();
        query = probation
            ? query.Where(r => r.Status == StaffStatus.Probation && r.ProbationEndsOn != null && r.ProbationEndsOn <= until)
            : query.Where(r => r.ContractEndsOn != null && r.ContractEndsOn <= until);
        var rows = await query.Select(r => new { r.Id, r.FullName, r.PersonalId, End = probation ? r.ProbationEndsOn : r.ContractEndsOn, r.ClosedOn, Unit = _db.Postings.Where(p => p.RecordId == r.Id).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Id).Select(p => p.UnitName).FirstOrDefault() }).ToListAsync(ct);
        var kind = probation ? DraftKind.ProbationEnd : DraftKind.ContractEnd;
        var items = rows.Select(r => new WorkItem(r.Id, r.FullName, PersonalIdMask.Mask(r.PersonalId), r.Unit, kind, r.End!.Value, r.End < today && r.ClosedOn is null)
        {
            Scheduled = !probation && r.ClosedOn is not null,
        }).ToList();
        return await CompleteAsync(items, ct);
    }

    // Each line's unit is its latest posting's (future-dated included): a correlated subquery on the
    // (RecordId, EffectiveFrom) index, for the listed records only.
    private IQueryable<StaffRecord> OnStaff() =>
        _db.Records.AsNoTracking().Where(r => r.Status == StaffStatus.Active || r.Status == StaffStatus.Probation);

    /// <summary>Adds each line's open draft (one query) and sorts: overdue first, then by date and name.</summary>
    private async Task<IReadOnlyList<WorkItem>> CompleteAsync(List<WorkItem> items, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return items;
        }

        // Open drafts are few: all of them, matched in memory.
        var drafts = await _db.Drafts.AsNoTracking().Where(d => d.Status == DraftStatus.Draft).Select(d => new { d.RecordId, d.Kind, d.Id }).ToListAsync(ct);
        var draftOf = drafts.GroupBy(d => (d.RecordId, d.Kind)).ToDictionary(g => g.Key, g => g.Max(d => d.Id));
        return items
            .Select(i => i with { DraftId = draftOf.TryGetValue((i.RecordId, i.Kind), out var d) ? d : null })
            .OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.DueDate)
            .ThenBy(i => i.FullName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
    }
}
