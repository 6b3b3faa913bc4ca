using System.Security.Claims;
using Intranet.Hr.Io.Codes;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;
using Intranet.Hr.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Io.Resume;

/// <summary>
/// Builds one person's résumé for a user: needs ExportHrRecords and the basic group; every other group appears
/// only when the user may read it. The export is audited, and so is each sensitive group it shows.
/// </summary>
public sealed class ResumeService
{
    private readonly HrDbContext _db;
    private readonly HrAccess _access;
    private readonly ICodeLists _codes;
    private readonly TimeProvider _clock;

    public ResumeService(HrDbContext db, HrAccess access, ICodeLists codes, TimeProvider clock)
    {
        _db = db;
        _access = access;
        _codes = codes;
        _clock = clock;
    }

    public async Task<ResumeResult> BuildAsync(ClaimsPrincipal user, int id, string agency, string format, CancellationToken ct)
    {
        if (!await _access.MayAsync(user, Permissions.ExportHrRecords) || !await _access.MayReadAsync(user, HrGroup.Basic))
        {
            return ResumeResult.Forbidden;
        }

        var groups = (await _access.ReadableGroupsAsync(user)).ToHashSet();
        IQueryable<StaffRecord> query = _db.Records.AsNoTracking().Where(r => r.Id == id)
            .Include(r => r.Postings).Include(r => r.Qualifications).Include(r => r.History)
            .Include(r => r.Awards).Include(r => r.Disciplines).Include(r => r.Ratings);
        query = groups.Contains(HrGroup.Salary) ? query.Include(r => r.Salary).Include(r => r.Allowances) : query;
        query = groups.Contains(HrGroup.Family) ? query.Include(r => r.Family) : query;
        query = groups.Contains(HrGroup.Political) ? query.Include(r => r.Political) : query;
        query = groups.Contains(HrGroup.Health) ? query.Include(r => r.Health) : query;
        if (await query.AsSplitQuery().FirstOrDefaultAsync(ct) is not { } record)
        {
            return ResumeResult.NotFound;
        }

        var today = DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
        var document = ResumeComposer.Compose(record, groups, await CodeListsLookup.CurrentAsync(_codes, ct), agency, today);
        foreach (var group in groups.Where(g => HrAccess.IsSensitive(g) && g != HrGroup.Assets))
        {
            await _access.AuditReadAsync(record, group, ct);
        }

        await _access.AuditExportAsync($"resume.{format}; groups={string.Join(',', groups.Where(g => g != HrGroup.Assets))}", 1, record, ct);
        return new ResumeResult(document, record);
    }
}
