using Intranet.Hr.Models;
using Intranet.Hr.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services.Work;

/// <summary>
/// Keeps the computed dates the work lists filter on — <see cref="StaffRecord.NextStepDue"/> and
/// <see cref="StaffRecord.RetirementOn"/> — on the record, so a list is an indexed range query instead of the rules
/// run over every candidate per request. Recomputed for the records of every change (<see cref="StaffRecordEvents"/>)
/// and for a whole department when the inputs change: <see cref="StaffRecord.DatesStamp"/> names the rules version
/// and the salary tables' code-list version the dates were computed with, and a department holding another stamp
/// (a new code-list version, a rules change, rows written without the events) is recomputed before it is listed.
/// </summary>
public sealed class WorkDates
{
    /// <summary>Bump when <see cref="StepRules"/>, <see cref="StepAdjustments"/> or <see cref="RetirementRules"/> change what they compute.</summary>
    public const string RulesVersion = "r1";

    // Up to this many ids go to SQLite as parameters; more, and the department is read in one pass (EF expands
    // Contains into one parameter per id, which is slower than reading the whole department).
    private const int MaxIdParameters = 100;

    private readonly ICodeLists? _codeLists;

    public WorkDates(IServiceProvider services) => _codeLists = services.GetService<ICodeLists>();

    /// <summary>The salary tables of the current code-list version (the shipped ones without code lists).</summary>
    public async ValueTask<SalaryTables> TablesAsync(CancellationToken ct) =>
        _codeLists is null ? SalaryTables.Shipped : (await _codeLists.CurrentAsync(ct)).Salary;

    public static string Stamp(SalaryTables tables) => $"{RulesVersion}|{tables.Version}";

    /// <summary>
    /// The next regular step (or exceeding-allowance rate) of a salary row with its adjustments, or null when the
    /// rules cannot read the row (unknown scale, step out of range): the record page shows it, the list cannot date it.
    /// </summary>
    public static (NextStep Next, StepAdjustments Adjustments)? NextStepOf(
        SalaryTables tables, string? scaleCode, int step, int exceedingPercent, DateOnly stepSince,
        IEnumerable<RatingEntry> ratings, IEnumerable<DisciplineEntry> disciplines, IEnumerable<AwardEntry> awards)
    {
        if (tables.FindScale(scaleCode) is not { } scale || step < 1 || step > scale.MaxStep
            || (exceedingPercent > 0 && step != scale.MaxStep) || exceedingPercent < 0)
        {
            return null;
        }

        var adjustments = StepAdjustments.From(stepSince, ratings, disciplines, awards);
        return (StepRules.Next(scale, step, exceedingPercent, stepSince, adjustments), adjustments);
    }

    public static DateOnly RetirementOf(StaffRecord record) =>
        RetirementRules.RetirementDate(record.BirthDate, record.BirthDatePrecision, record.Sex).Date;

    /// <summary>Recomputes the whole department when any record was computed with another stamp (or never); returns how many changed.</summary>
    public async Task<int> EnsureCurrentAsync(HrDbContext db, CancellationToken ct)
    {
        var stamp = Stamp(await TablesAsync(ct));
        // Null, below or above the stamp: three probes of the DatesStamp index, not a scan of the records.
        return await db.Records.AnyAsync(r => r.DatesStamp == null || string.Compare(r.DatesStamp, stamp) < 0 || string.Compare(r.DatesStamp, stamp) > 0, ct)
            ? await RefreshAsync(db, null, ct)
            : 0;
    }

    /// <summary>
    /// Recomputes the stored dates of the given records (null: every record of the department) and saves the ones that
    /// changed, in the caller's transaction. Returns how many records changed.
    /// </summary>
    public async Task<int> RefreshAsync(HrDbContext db, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (ids is { Count: 0 })
        {
            return 0;
        }

        var tables = await TablesAsync(ct);
        var stamp = Stamp(tables);
        var few = ids is { Count: <= MaxIdParameters } ? ids.ToList() : null;
        var wanted = ids?.ToHashSet();
        var records = db.Records.AsQueryable();
        var salary = db.Salary.AsNoTracking().Where(s => s.Id == db.Salary.Where(x => x.RecordId == s.RecordId)
            .OrderByDescending(x => x.EffectiveFrom).ThenByDescending(x => x.Id).Select(x => x.Id).First());
        var ratings = db.Ratings.AsNoTracking().Where(x => x.Rating == Rating.NotCompleted);
        var disciplines = db.Disciplines.AsNoTracking();
        var awards = db.Awards.AsNoTracking().Where(x => x.EarlyStepMonths > 0);
        if (few is not null)
        {
            records = records.Where(r => few.Contains(r.Id));
            salary = salary.Where(s => few.Contains(s.RecordId));
            ratings = ratings.Where(x => few.Contains(x.RecordId));
            disciplines = disciplines.Where(x => few.Contains(x.RecordId));
            awards = awards.Where(x => few.Contains(x.RecordId));
        }

        var latest = (await salary.Select(s => new { s.RecordId, s.ScaleCode, s.Step, s.ExceedingPercent, s.StepSince }).ToListAsync(ct))
            .ToDictionary(s => s.RecordId);
        var failed = (await ratings.ToListAsync(ct)).ToLookup(x => x.RecordId);
        var disciplined = (await disciplines.ToListAsync(ct)).ToLookup(x => x.RecordId);
        var awarded = (await awards.ToListAsync(ct)).ToLookup(x => x.RecordId);
        var changed = 0;
        foreach (var record in await records.ToListAsync(ct))
        {
            if (wanted is not null && !wanted.Contains(record.Id))
            {
                continue;
            }

            var due = latest.TryGetValue(record.Id, out var s)
                ? NextStepOf(tables, s.ScaleCode, s.Step, s.ExceedingPercent, s.StepSince, failed[record.Id], disciplined[record.Id], awarded[record.Id])?.Next.DueDate
                : null;
            var retirement = RetirementOf(record);
            if (record.NextStepDue != due || record.RetirementOn != retirement || record.DatesStamp != stamp)
            {
                record.NextStepDue = due;
                record.RetirementOn = retirement;
                record.DatesStamp = stamp;
                changed++;
            }
        }

        if (changed > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return changed;
    }
}
