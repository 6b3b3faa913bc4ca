using System.Text.Json;
using Intranet.Core.Web;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Scorm;
using Intranet.Learning.ViewModels.Scorm;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Scorm;

/// <summary>
/// <c>/learning/scorm/{lessonId}</c>: the player page (the runtime API is defined before the SCO's frame gets its
/// address) and the package's files under <c>content/…</c>, each request checked against the course's access rule.
/// </summary>
[Authorize]
[Route("learning/scorm/{lessonId:int}")]
public sealed class ScormPlayerController : Controller
{
    /// <summary>
    /// Packages are arbitrary HTML and script (inline scripts, <c>document.write</c>), so their files get their own
    /// policy: anything from this site only, framed by this site only, no plugins, and no connection elsewhere.
    /// </summary>
    internal const string ContentPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private readonly ScormLessons _lessons;
    private readonly ScormRuntime _runtime;
    private readonly ScormPackageStore _store;

    public ScormPlayerController(ScormLessons lessons, ScormRuntime runtime, ScormPackageStore store)
    {
        _lessons = lessons;
        _runtime = runtime;
        _store = store;
    }

    [HttpGet("")]
    [NoStore]
    public async Task<IActionResult> Play(int lessonId, CancellationToken ct)
    {
        if (await _lessons.FindAsync(User, lessonId, ct) is not { } found)
        {
            return NotFound();
        }

        var learnerId = LearnerIdentity.AccountId(User) ?? "";
        var name = found.Enrolment?.DisplayName is { Length: > 0 } enrolled ? enrolled : User.Identity?.Name ?? learnerId;
        var launch = await _runtime.LaunchAsync(found.Lesson, found.Package, found.Enrolment, learnerId, name, Url.Content($"~/learning/scorm/{lessonId}/content/"), ct);
        return View("~/Views/ScormPlayer/Play.cshtml", new ScormPlayerPage(
            lessonId,
            found.Lesson.Title,
            found.Course.Title,
            Url.Content($"~/learning/courses/{found.Course.Id}"),
            launch.Version == Models.Scorm.ScormVersion.Scorm2004 ? "2004" : "1.2",
            launch.ContentUrl,
            launch.Launch,
            JsonSerializer.Serialize(launch.Data),
            launch.Saves ? Url.Content($"~/api/learning/scorm/{lessonId}/commit") : null,
            !launch.Saves));
    }

    /// <summary>A file of the package; range requests for media; unknown or disallowed names are 404.</summary>
    [HttpGet("content/{**path}")]
    public async Task<IActionResult> Content(int lessonId, string? path, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(path) || await _lessons.FindAsync(User, lessonId, ct) is not { } found || _store.FileOf(found.Package, path) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = ContentPolicy;
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        Response.Headers.CacheControl = "private, max-age=3600";
        return PhysicalFile(file, ScormFileTypes.ContentType(path)!, enableRangeProcessing: true);
    }
}
