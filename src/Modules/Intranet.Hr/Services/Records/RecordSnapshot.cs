using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// A record "as of" a date: for each kind, the row in force (the latest with EffectiveFrom ≤ the date) and the rows
/// up to that date, newest first. A query over the effective-dated rows, never a copy.
/// </summary>
public sealed record RecordSnapshot(StaffRecord Record, DateOnly AsOf)
{
    public SalaryEntry? Salary => Latest(Record.Salary);

    public PostingEntry? Posting => Latest(Record.Postings);

    public RatingEntry? Rating => Latest(Record.Ratings);

    /// <summary>Allowances in force: the latest of each kind that has not ended by the date.</summary>
    public IReadOnlyList<AllowanceEntry> Allowances =>
        [.. Upto(Record.Allowances).GroupBy(a => a.Kind, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).Where(a => a.EndsOn is null || a.EndsOn >= AsOf)];

    /// <summary>The highest IT level obtained by the date (the latest such row).</summary>
    public QualificationEntry? ItLevel => Upto(Record.Qualifications).FirstOrDefault(q => q.Kind == QualificationKind.InformationTechnology);

    public IReadOnlyList<T> Upto<T>(IEnumerable<T> rows)
        where T : CareerEntry =>
        [.. rows.Where(r => r.EffectiveFrom <= AsOf).OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Id)];

    public T? Latest<T>(IEnumerable<T> rows)
        where T : CareerEntry => Upto(rows) is [var first, ..] ? first : null;

    /// <summary>Rows of a kind up to the date, newest first.</summary>
    public IReadOnlyList<CareerEntry> Rows(CareerKind kind) => kind switch
    {
        CareerKind.Salary => Upto(Record.Salary),
        CareerKind.Allowance => Upto(Record.Allowances),
        CareerKind.Posting => Upto(Record.Postings),
        CareerKind.Rating => Upto(Record.Ratings),
        CareerKind.Award => Upto(Record.Awards),
        CareerKind.Discipline => Upto(Record.Disciplines),
        CareerKind.Qualification => Upto(Record.Qualifications),
        _ => [],
    };
}
