using Intranet.Core.Web;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Certs;
using Intranet.Learning.ViewModels.Certs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Controllers.Certs;

/// <summary>
/// Certificates in the JSON API: the caller's own (<c>GET /api/learning/certificates</c>), a course's (trainers and
/// certificate managers of the course's tenant) and revocation with a reason (ManageCertificates there; audited).
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken]
[Route("api/learning")]
public sealed class CertificatesApiController : ControllerBase
{
    private readonly CertificateService _certificates;
    private readonly ExternalCertificateService _external;
    private readonly ILearningAccess _access;
    private readonly LearningDbContext _db;

    public CertificatesApiController(CertificateService certificates, ExternalCertificateService external, ILearningAccess access, LearningDbContext db)
    {
        _certificates = certificates;
        _external = external;
        _access = access;
        _db = db;
    }

    [HttpGet("certificates")]
    public async Task<IActionResult> Mine(CancellationToken ct)
    {
        var today = _certificates.Today;
        var own = await _certificates.ListOwnAsync(User, ct);
        var external = await _external.ListOwnAsync(User, ct);
        return Ok(new
        {
            certificates = own.Select(c => CertificateMapping.Summary(c, today, _certificates.VerificationUrl(c.Serial))),
            external = external.Select(CertificateMapping.Summary),
        });
    }

    [HttpGet("courses/{courseId:int}/certificates")]
    public async Task<IActionResult> ForCourse(int courseId, CancellationToken ct)
    {
        var course = await _db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null || !await CanListAsync(course, ct))
        {
            return CertsProblem.Of(404, "Không tìm thấy khóa học.");
        }

        var today = _certificates.Today;
        var list = await _certificates.ListForCourseAsync(courseId, ct);
        return Ok(list.Select(c => CertificateMapping.Summary(c, today, _certificates.VerificationUrl(c.Serial))));
    }

    [HttpPost("certificates/{serial}/revocation")]
    [ProducesResponseType<CertificateSummary>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Revoke(string serial, RevocationBody body, CancellationToken ct)
    {
        try
        {
            var revoked = await _certificates.RevokeAsync(User, serial, body.Reason, ct);
            return Ok(CertificateMapping.Summary(revoked, _certificates.Today, _certificates.VerificationUrl(revoked.Serial)));
        }
        catch (CertificateException ex)
        {
            return CertsProblem.Of(ex.Status, ex.Message);
        }
    }

    private async Task<bool> CanListAsync(Course course, CancellationToken ct) =>
        await _access.HasPermissionAsync(User, course, Permissions.ManageCertificates, ct)
        || await _access.HasPermissionAsync(User, course, Permissions.ViewLearnerResults, ct);
}
