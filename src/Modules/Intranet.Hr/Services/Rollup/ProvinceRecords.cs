using Intranet.Core.Audit;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// A department's records read from the host by a province user granted ViewProvinceHrRecords: read-only, basic
/// group only (no salary, no sensitive group), the CCCD masked, and every opening written to the department's
/// trail and the host's (who looked at which department).
/// </summary>
public sealed class ProvinceRecords
{
    public const int MaxRows = 2000;

    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;
    private readonly TransferService _departments;
    private readonly IAuditTrail _audit;

    public ProvinceRecords(IServiceScopeFactory scopes, ITenantAccessor tenants, TransferService departments, IAuditTrail audit)
    {
        _scopes = scopes;
        _tenants = tenants;
        _departments = departments;
        _audit = audit;
    }

    public Tenant? Department(string? name) =>
        _departments.Departments().FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    public async Task<IReadOnlyList<ProvinceRecordRow>> ListAsync(Tenant department, DateOnly asOf, CancellationToken ct)
    {
        List<ProvinceRecordRow> rows;
        using (_tenants.Enter(department))
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HrDbContext>();
            var found = await db.Records.AsNoTracking()
                .OrderBy(r => r.FullName).Take(MaxRows)
                .Select(r => new
                {
                    r.Id, r.FullName, r.PersonalId, r.Sex, r.BirthDate, r.Status,
                    Rank = db.Salary.Where(s => s.RecordId == r.Id && s.EffectiveFrom <= asOf).OrderByDescending(s => s.EffectiveFrom).Select(s => s.RankCode).FirstOrDefault(),
                    Posting = db.Postings.Where(p => p.RecordId == r.Id && p.EffectiveFrom <= asOf).OrderByDescending(p => p.EffectiveFrom).Select(p => new { p.UnitName, p.Post }).FirstOrDefault(),
                })
                .ToListAsync(ct);
            rows = [.. found.Select(r => new ProvinceRecordRow(r.Id, r.FullName, PersonalIdMask.Mask(r.PersonalId), r.Sex, r.BirthDate, r.Status, r.Rank, r.Posting?.UnitName, r.Posting?.Post))];
        }

        var details = $"{rows.Count} hồ sơ, đọc từ cấp tỉnh";
        await _audit.RecordAsync(new AuditEvent("hr", "province.records.read", "hr-department:" + department.Name, details) { TenantName = department.Name }, ct);
        await _audit.RecordAsync(new AuditEvent("hr", "province.records.read", "hr-department:" + department.Name, details) { TenantName = Tenant.DefaultName }, ct);
        return rows;
    }
}
