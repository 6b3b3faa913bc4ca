using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services.Records;

/// <summary>Builds what other modules may know of records (<see cref="StaffInfo"/>) as of a date, for one record or a whole department.</summary>
public static class StaffInfoQuery
{
    public static async Task<IReadOnlyList<StaffInfo>> ListAsync(HrDbContext db, string tenantName, RecordRules rules, DateOnly asOf, int? recordId, CancellationToken ct)
    {
        await rules.LoadAsync(ct);
        var records = db.Records.AsNoTracking();
        var salary = RecordStore.Latest(db.Salary, asOf);
        var postings = RecordStore.Latest(db.Postings, asOf);
        var it = db.Qualifications.AsNoTracking().Where(q => q.Kind == QualificationKind.InformationTechnology && q.EffectiveFrom <= asOf);
        if (recordId is { } id)
        {
            records = records.Where(r => r.Id == id);
            salary = salary.Where(s => s.RecordId == id);
            postings = postings.Where(p => p.RecordId == id);
            it = it.Where(q => q.RecordId == id);
        }

        var people = await records.Select(r => new { r.Id, r.FullName, r.AccountId, r.DirectoryPersonId, r.Status, r.Sex, r.BirthDate, r.ClosedOn }).ToListAsync(ct);
        var ranks = (await salary.Select(s => new { s.RecordId, s.RankCode }).ToListAsync(ct)).ToDictionary(s => s.RecordId, s => s.RankCode);
        var posts = (await postings.Select(p => new { p.RecordId, p.UnitId, p.UnitName, p.JobPosition, p.Post }).ToListAsync(ct)).ToDictionary(p => p.RecordId);
        // The IT level in force: the latest IT row by the date, whatever rows of other kinds of training came after it.
        var itLevels = (await it.Select(q => new { q.RecordId, q.EffectiveFrom, q.Id, q.Level }).ToListAsync(ct))
            .GroupBy(q => q.RecordId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(q => q.EffectiveFrom).ThenByDescending(q => q.Id).First().Level);
        return [.. people.Select(p =>
        {
            var rank = ranks.GetValueOrDefault(p.Id);
            var post = posts.GetValueOrDefault(p.Id);
            return new StaffInfo(tenantName, p.Id, p.FullName, p.AccountId, p.DirectoryPersonId, StatusOn(p.Status, p.ClosedOn, asOf), p.Sex, p.BirthDate,
                rank, rules.RankName(rank), post?.UnitId, post?.UnitName, post?.JobPosition, post?.Post, itLevels.GetValueOrDefault(p.Id));
        })];
    }

    /// <summary>A record closed after the date was still on staff then.</summary>
    public static StaffStatus StatusOn(StaffStatus status, DateOnly? closedOn, DateOnly asOf) =>
        closedOn is { } closed && closed > asOf && status is not (StaffStatus.Active or StaffStatus.Probation) ? StaffStatus.Active : status;
}
