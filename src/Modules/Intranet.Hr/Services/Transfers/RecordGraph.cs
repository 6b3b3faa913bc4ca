using Intranet.Hr.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services.Transfers;

/// <summary>A record with every group of its history, loaded once and copied whole into another department's database.</summary>
internal static class RecordGraph
{
    public static Task<StaffRecord?> LoadAsync(HrDbContext db, string personalId, CancellationToken ct) =>
        db.Records.AsNoTracking().AsSplitQuery()
            .Include(r => r.Salary).Include(r => r.Allowances).Include(r => r.Postings).Include(r => r.Ratings)
            .Include(r => r.Awards).Include(r => r.Disciplines).Include(r => r.Qualifications).Include(r => r.History)
            .Include(r => r.Family).Include(r => r.Political).Include(r => r.Assets).Include(r => r.Health)
            .FirstOrDefaultAsync(r => r.PersonalId == personalId, ct);

    /// <summary>Every career row (the effective-dated groups) of the record.</summary>
    public static IEnumerable<CareerEntry> Career(StaffRecord r) =>
        [.. r.Salary, .. r.Allowances, .. r.Postings, .. r.Ratings, .. r.Awards, .. r.Disciplines, .. r.Qualifications];

    public static int RowCount(StaffRecord r) =>
        Career(r).Count() + r.History.Count + r.Family.Count + r.Political.Count + r.Assets.Count + r.Health.Count;

    /// <summary>Clears the keys so the whole graph inserts as new rows in the target (ids are per database).</summary>
    public static void Detach(StaffRecord r)
    {
        r.Id = 0;
        foreach (var row in Career(r))
        {
            row.Id = 0;
            row.RecordId = 0;
        }

        r.History.ForEach(x => (x.Id, x.RecordId) = (0, 0));
        r.Family.ForEach(x => (x.Id, x.RecordId) = (0, 0));
        r.Political.ForEach(x => (x.Id, x.RecordId) = (0, 0));
        r.Assets.ForEach(x => (x.Id, x.RecordId) = (0, 0));
        r.Health.ForEach(x => (x.Id, x.RecordId) = (0, 0));
    }

    /// <summary>Deletes the record's history from the source (the record row itself stays as a closed stub).</summary>
    public static async Task<int> DeleteHistoryAsync(HrDbContext db, int recordId, CancellationToken ct) =>
        await db.Salary.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.Allowances.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.Postings.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.Ratings.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.Awards.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.Disciplines.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.Qualifications.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.History.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.Family.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.Political.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.Assets.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct)
        + await db.Health.Where(x => x.RecordId == recordId).ExecuteDeleteAsync(ct);
}
