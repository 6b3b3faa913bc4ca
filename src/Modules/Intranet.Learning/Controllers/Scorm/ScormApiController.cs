using Intranet.Core.Uploads;
using Intranet.Core.Web;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Scorm;
using Intranet.Learning.ViewModels.Scorm;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Scorm;

/// <summary>
/// SCORM over the API: upload a package as a lesson, the runtime's commits (form-encoded, so the page's
/// <c>navigator.sendBeacon</c> can carry the antiforgery field when the window closes), and a learner's attempt.
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken] // MVC's own check would refuse bearer calls; Core's CookieAntiforgeryMiddleware still checks cookie calls
[Route("api/learning")]
public sealed class ScormApiController : ControllerBase
{
    private readonly ScormLessons _lessons;
    private readonly ScormRuntime _runtime;
    private readonly ScormPackageStore _store;

    public ScormApiController(ScormLessons lessons, ScormRuntime runtime, ScormPackageStore store)
    {
        _lessons = lessons;
        _runtime = runtime;
        _store = store;
    }

    /// <summary>
    /// Adds a SCORM 1.2 or 2004 package (multipart field <c>file</c>, a .zip with imsmanifest.xml at its root) as a
    /// lesson at the end of section <c>sectionId</c>. A refused package is 422 with the reason, and nothing is kept.
    /// </summary>
    [HttpPost("courses/{courseId:int}/scorm")]
    [RequestSizeLimit(ScormOptions.RequestLimitBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ScormOptions.RequestLimitBytes)]
    [ProducesResponseType<ScormUploadResult>(201)]
    public async Task<IActionResult> Upload(int courseId, IFormFile? file, [FromForm] int sectionId, [FromForm] string? title, CancellationToken ct)
    {
        if (await _lessons.ManagedCourseAsync(User, courseId, ct) is null)
        {
            return Problem(404, "Không tìm thấy khóa học, hoặc bạn không có quyền xây dựng khóa học này.");
        }

        if (file is null || file.Length == 0)
        {
            return Problem(400, "Cần gửi gói SCORM (.zip) không rỗng trong trường 'file' (multipart/form-data).");
        }

        if (file.Length > _store.MaxPackageBytes)
        {
            return Problem(413, $"Gói lớn hơn giới hạn {ScormText.Size(_store.MaxPackageBytes)}.");
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var (package, lesson) = await _store.AddAsync(new ScormUpload(stream, courseId, sectionId, title, LearnerIdentity.AccountId(User) ?? ""), ct);
            var result = new ScormUploadResult(package.Id, lesson.Id, lesson.Title, package.Version == Models.Scorm.ScormVersion.Scorm2004 ? "2004" : "1.2", package.LaunchPath, package.FileCount, package.TotalBytes);
            return Created($"/learning/scorm/{lesson.Id}", result);
        }
        catch (UploadRejectedException ex)
        {
            return Problem(422, ex.Message);
        }
    }

    /// <summary>
    /// Stores the runtime data of launch <c>launch</c> (form fields <c>launch</c>, <c>kind</c> = commit, finish or
    /// exit, and <c>data</c>: a JSON object of CMI element → value). Idempotent: re-sending changes nothing, and a
    /// commit of an older launch is ignored (<c>saved</c> false).
    /// </summary>
    [HttpPost("scorm/{lessonId:int}/commit")]
    [RequestSizeLimit(2 * 1024 * 1024)]
    [Consumes("application/x-www-form-urlencoded", "multipart/form-data")]
    [ProducesResponseType<ScormCommitResult>(200)]
    public async Task<IActionResult> Commit(int lessonId, [FromForm] int launch, [FromForm] string? kind, [FromForm] string? data, CancellationToken ct)
    {
        if (await _lessons.FindAsync(User, lessonId, ct) is not { } found)
        {
            return Problem(404, "Không tìm thấy bài học SCORM, hoặc bạn không học khóa học này.");
        }

        if (found.Enrolment is null)
        {
            return Problem(409, "Bạn đang xem thử bài học (chưa ghi danh vào khóa học): dữ liệu không được lưu.");
        }

        ScormCommitKind? parsed = kind?.ToLowerInvariant() switch
        {
            "commit" or null or "" => ScormCommitKind.Commit,
            "finish" => ScormCommitKind.Finish,
            "exit" => ScormCommitKind.Exit,
            _ => null,
        };
        if (parsed is null)
        {
            return Problem(400, "Trường 'kind' phải là commit, finish hoặc exit.");
        }

        try
        {
            return Ok(await _runtime.CommitAsync(found.Lesson, found.Package, found.Enrolment, launch, parsed.Value, data ?? "{}", ct));
        }
        catch (ScormCommitException ex)
        {
            return Problem(ex.Status, ex.Message);
        }
    }

    /// <summary>The signed-in learner's state in a SCORM lesson (completion, success, score, total time, bookmark).</summary>
    [HttpGet("scorm/{lessonId:int}/attempt")]
    [ProducesResponseType<ScormAttemptView>(200)]
    public async Task<IActionResult> Attempt(int lessonId, CancellationToken ct)
    {
        if (await _lessons.FindAsync(User, lessonId, ct) is not { Enrolment: { } enrolment } found
            || await _runtime.FindAttemptAsync(enrolment.Id, found.Lesson.Id, ct) is not { } attempt)
        {
            return Problem(404, "Bạn chưa mở bài học SCORM này.");
        }

        return Ok(new ScormAttemptView(attempt.Completion, attempt.Success, attempt.ScorePercent, attempt.TotalSeconds, attempt.Location, attempt.Launch, attempt.UpdatedUtc));
    }

    private ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
