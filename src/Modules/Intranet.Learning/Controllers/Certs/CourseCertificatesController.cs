using Intranet.Core.Web;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Certs;
using Intranet.Learning.ViewModels.Certs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Controllers.Certs;

/// <summary>
/// A course's certificates for its trainers (<c>/admin/learning/courses/{courseId}/certificates</c>): who holds one,
/// its state, the PDF, and revocation with a reason for whoever holds ManageCertificates in the course's tenant.
/// </summary>
[Admin]
[Authorize]
[NoStore]
[Route("admin/learning/courses/{courseId:int}/certificates")]
public sealed class CourseCertificatesController : Controller
{
    private readonly CertificateService _certificates;
    private readonly ILearningAccess _access;
    private readonly LearningDbContext _db;

    public CourseCertificatesController(CertificateService certificates, ILearningAccess access, LearningDbContext db)
    {
        _certificates = certificates;
        _access = access;
        _db = db;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(int courseId, string? message, CancellationToken ct)
    {
        var model = await ModelAsync(courseId, ct);
        if (model is null)
        {
            return NotFound();
        }

        model.Message = message;
        return View(model);
    }

    [HttpPost("revoke")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(int courseId, string? serial, string? reason, CancellationToken ct)
    {
        var model = await ModelAsync(courseId, ct);
        if (model is null)
        {
            return NotFound();
        }

        var certificate = await _certificates.FindAsync(serial, ct);
        if (certificate is null || certificate.CourseId != courseId)
        {
            return NotFound();
        }

        try
        {
            await _certificates.RevokeAsync(User, serial, reason, ct);
        }
        catch (CertificateException ex)
        {
            Response.StatusCode = ex.Status;
            model.Error = ex.Message;
            return View(nameof(Index), model);
        }

        return RedirectToAction(nameof(Index), new { courseId, message = "Đã thu hồi chứng chỉ " + certificate.Serial + "." });
    }

    private async Task<CourseCertificatesModel?> ModelAsync(int courseId, CancellationToken ct)
    {
        var course = await _db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null)
        {
            return null;
        }

        var canRevoke = await _access.HasPermissionAsync(User, course, Permissions.ManageCertificates, ct);
        if (!canRevoke && !await _access.HasPermissionAsync(User, course, Permissions.ViewLearnerResults, ct))
        {
            return null;
        }

        var today = _certificates.Today;
        var list = await _certificates.ListForCourseAsync(courseId, ct);
        return new CourseCertificatesModel
        {
            CourseId = courseId,
            CourseTitle = course.Title,
            CanRevoke = canRevoke,
            Certificates = [.. list.Select(c => CertificateMapping.Summary(c, today, _certificates.VerificationUrl(c.Serial)))],
        };
    }
}
