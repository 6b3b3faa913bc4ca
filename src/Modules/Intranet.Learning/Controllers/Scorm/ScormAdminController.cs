using Intranet.Core.Uploads;
using Intranet.Core.Web;
using Intranet.Learning.Models.Scorm;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Scorm;
using Intranet.Learning.ViewModels.Scorm;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Scorm;

/// <summary>
/// <c>/admin/learning/courses/{courseId}/scorm/new?sectionId=</c>: the trainer uploads a package; it becomes a lesson
/// at the end of the section. A refused package comes back on the form with the reason (422) and nothing is kept.
/// </summary>
[Admin]
[Authorize]
[NoStore]
[Route("admin/learning/courses/{courseId:int}/scorm")]
public sealed class ScormAdminController : Controller
{
    private readonly ScormLessons _lessons;
    private readonly ScormPackageStore _store;

    public ScormAdminController(ScormLessons lessons, ScormPackageStore store)
    {
        _lessons = lessons;
        _store = store;
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(int courseId, int? sectionId, CancellationToken ct)
    {
        if (await _lessons.ManagedCourseAsync(User, courseId, ct) is not { } course)
        {
            return NotFound();
        }

        return View("~/Views/ScormAdmin/New.cshtml", new ScormUploadPage
        {
            Course = course,
            Sections = await _lessons.SectionsAsync(courseId, ct),
            SectionId = sectionId,
            MaxSize = ScormText.Size(_store.MaxPackageBytes),
        });
    }

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(ScormOptions.RequestLimitBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ScormOptions.RequestLimitBytes)]
    public async Task<IActionResult> Create(int courseId, int? sectionId, string? title, IFormFile? file, CancellationToken ct)
    {
        if (await _lessons.ManagedCourseAsync(User, courseId, ct) is not { } course)
        {
            return NotFound();
        }

        string? error = null;
        var status = StatusCodes.Status422UnprocessableEntity;
        if (sectionId is null)
        {
            (error, status) = ("Hãy chọn phần (chương) để thêm bài học.", StatusCodes.Status400BadRequest);
        }
        else if (file is null || file.Length == 0)
        {
            (error, status) = ("Hãy chọn tệp gói SCORM (.zip) không rỗng.", StatusCodes.Status400BadRequest);
        }
        else if (file.Length > _store.MaxPackageBytes)
        {
            (error, status) = ($"Gói lớn hơn giới hạn {ScormText.Size(_store.MaxPackageBytes)}.", StatusCodes.Status413PayloadTooLarge);
        }
        else
        {
            try
            {
                await using var stream = file.OpenReadStream();
                var (package, lesson) = await _store.AddAsync(new ScormUpload(stream, courseId, sectionId.Value, title, LearnerIdentity.AccountId(User) ?? ""), ct);
                return View("~/Views/ScormAdmin/Added.cshtml", new ScormUploadedPage(
                    course.Id,
                    course.Title,
                    lesson.Id,
                    lesson.Title,
                    package.Version == ScormVersion.Scorm2004 ? "SCORM 2004" : "SCORM 1.2",
                    package.LaunchPath,
                    package.FileCount,
                    ScormText.Size(package.TotalBytes),
                    null));
            }
            catch (UploadRejectedException ex)
            {
                error = ex.Message;
            }
        }

        Response.StatusCode = status;
        return View("~/Views/ScormAdmin/New.cshtml", new ScormUploadPage
        {
            Course = course,
            Sections = await _lessons.SectionsAsync(courseId, ct),
            SectionId = sectionId,
            Title = title,
            Error = error,
            MaxSize = ScormText.Size(_store.MaxPackageBytes),
        });
    }
}
