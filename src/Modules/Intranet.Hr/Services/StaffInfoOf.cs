using Intranet.Core.Staff;
using Intranet.Hr.Models;

namespace Intranet.Hr.Services;

/// <summary>The Core view of a loaded record as of a date (transfer and closing events; no sensitive group, no CCCD).</summary>
internal static class StaffInfoOf
{
    public static StaffInfo Create(string tenantName, StaffRecord record, DateOnly asOf)
    {
        var salary = record.Salary.Where(s => s.EffectiveFrom <= asOf).MaxBy(s => s.EffectiveFrom);
        var posting = record.Postings.Where(p => p.EffectiveFrom <= asOf).MaxBy(p => p.EffectiveFrom);
        var it = record.Qualifications.Where(q => q.Kind == QualificationKind.InformationTechnology && q.EffectiveFrom <= asOf).MaxBy(q => q.EffectiveFrom);
        return new StaffInfo(tenantName, record.Id, record.FullName, record.AccountId, record.DirectoryPersonId, record.Status, record.Sex,
            record.BirthDate, salary?.RankCode, null, posting?.UnitId, posting?.UnitName, posting?.JobPosition, posting?.Post, it?.Level);
    }
}
