using System.Security.Claims;
using Intranet.Core.Audit;
using Intranet.Core.Tenants;
using Intranet.Core.Validation;
using Intranet.Core.Web;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Certs;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Certs;

/// <summary>
/// Reads, renders and revokes issued certificates. Who may do what is decided in the course's own tenant (the host for
/// a province course, the department for its own), as for everything else in the module.
/// </summary>
public sealed class CertificateService
{
    public const int MaxReasonLength = 1000;

    private readonly LearningDbContext _db;
    private readonly ILearningAccess _access;
    private readonly ITenantRegistry _tenants;
    private readonly IPublicUrls _urls;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public CertificateService(LearningDbContext db, ILearningAccess access, ITenantRegistry tenants, IPublicUrls urls, IAuditTrail audit, TimeProvider clock)
    {
        _db = db;
        _access = access;
        _tenants = tenants;
        _urls = urls;
        _audit = audit;
        _clock = clock;
    }

    public DateOnly Today => LearningClock.Today(_clock);

    /// <summary>The certificate with the serial (forgiving how it was typed), or null.</summary>
    public async Task<Certificate?> FindAsync(string? serial, CancellationToken ct)
    {
        var canonical = CertificateSerials.Normalize(serial);
        return canonical is null ? null : await _db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Serial == canonical, ct);
    }

    public async Task<IReadOnlyList<Certificate>> ListOwnAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = LearnerIdentity.AccountId(user);
        return accountId is null
            ? []
            : await _db.Set<Certificate>().AsNoTracking().Where(c => c.AccountId == accountId).OrderByDescending(c => c.IssuedUtc).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Certificate>> ListForCourseAsync(int courseId, CancellationToken ct) =>
        await _db.Set<Certificate>().AsNoTracking().Where(c => c.CourseId == courseId).OrderBy(c => c.HolderName).ThenBy(c => c.Id).ToListAsync(ct);

    /// <summary>The holder, the course's trainers and whoever manages certificates in the course's tenant.</summary>
    public async Task<bool> CanDownloadAsync(ClaimsPrincipal user, Certificate certificate, CancellationToken ct)
    {
        var accountId = LearnerIdentity.AccountId(user);
        if (accountId is null)
        {
            return false;
        }

        if (accountId == certificate.AccountId
            || await _db.Set<CourseTrainer>().AnyAsync(t => t.CourseId == certificate.CourseId && t.AccountId == accountId, ct))
        {
            return true;
        }

        return await CanManageAsync(user, certificate.CourseTenant, ct);
    }

    /// <summary>ManageCertificates in the tenant that owns the course (null: the province).</summary>
    public Task<bool> CanManageAsync(ClaimsPrincipal user, string? courseTenant, CancellationToken ct) =>
        _access.HasPermissionAsync(user, new Course { OwnerTenant = courseTenant }, Permissions.ManageCertificates, ct);

    public byte[] Pdf(Certificate certificate)
    {
        var table = _tenants.Table;
        var owner = certificate.CourseTenant is null ? table.Host : table.FindByName(certificate.CourseTenant) ?? table.Host;
        var modules = certificate.ItModules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return CertificatePdf.Write(new CertificateDocument(
            owner.DisplayName, certificate.HolderName, certificate.CourseTitle, modules,
            certificate.IssuedOn, certificate.ValidUntil, certificate.Serial, VerificationUrl(certificate.Serial)));
    }

    /// <summary>The public page's absolute address at the province portal (from configuration, never the Host header).</summary>
    public string VerificationUrl(string serial) => _urls.Absolute(_tenants.Table.Host, "learning/verify/" + serial);

    public async Task<Certificate> RevokeAsync(ClaimsPrincipal user, string? serial, string? reason, CancellationToken ct)
    {
        var canonical = CertificateSerials.Normalize(serial);
        var certificate = canonical is null ? null : await _db.Set<Certificate>().FirstOrDefaultAsync(c => c.Serial == canonical, ct);
        if (certificate is null)
        {
            throw new CertificateException(404, "Không tìm thấy chứng chỉ.");
        }

        if (!await CanManageAsync(user, certificate.CourseTenant, ct))
        {
            throw new CertificateException(403, "Không có quyền thu hồi chứng chỉ của khóa học này.");
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            throw new CertificateException(422, "Cần ghi lý do thu hồi.");
        }

        if (reason.Length > MaxReasonLength)
        {
            throw new CertificateException(422, $"Lý do thu hồi dài tối đa {MaxReasonLength} ký tự.");
        }

        if (NameRule.Check(reason, "Lý do thu hồi", multiline: true) is { } invalid)
        {
            throw new CertificateException(422, invalid);
        }

        if (certificate.RevokedUtc is not null)
        {
            throw new CertificateException(409, "Chứng chỉ đã bị thu hồi trước đó.");
        }

        var actor = LearnerIdentity.AccountId(user) ?? "";
        certificate.RevokedUtc = _clock.GetUtcNow().UtcDateTime;
        certificate.RevokedBy = actor;
        certificate.RevocationReason = reason;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEvent("learning", "certificate.revoked", certificate.Serial, $"course {certificate.CourseId}; holder {certificate.AccountId}; reason: {reason}")
        {
            Actor = actor,
            TenantName = certificate.CourseTenant ?? _tenants.Table.Host.Name,
        }, ct);
        return certificate;
    }
}
