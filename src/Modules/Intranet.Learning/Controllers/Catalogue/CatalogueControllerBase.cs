using Intranet.Core.Web;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Intranet.Learning.ViewModels.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Controllers.Catalogue;

/// <summary>
/// The learner's pages (<c>/learning</c>): catalogue, a course, the lesson player shell, "my courses". The same pages
/// answer at the province and in a department; a course is shown only when <see cref="ILearningAccess"/> allows it,
/// and one the user may not see answers 404 (its existence is not disclosed).
/// </summary>
[Authorize]
public abstract class CatalogueControllerBase : Controller
{
    private readonly CatalogueService _catalogue;
    private readonly ILearningAccess _access;
    private readonly EnrolmentService _enrolments;
    private readonly ILessonOutcomes _outcomes;
    private readonly LessonFiles _files;
    private readonly LearningDbContext _db;

    protected CatalogueControllerBase(CatalogueService catalogue, ILearningAccess access, EnrolmentService enrolments, ILessonOutcomes outcomes, LessonFiles files, LearningDbContext db)
    {
        _catalogue = catalogue;
        _access = access;
        _enrolments = enrolments;
        _outcomes = outcomes;
        _files = files;
        _db = db;
    }

    private string AccountId => LearnerIdentity.AccountId(User) ?? "";

    private string? Department => HttpContext.GetTenant() is { IsHost: false } t ? t.Name : null;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? module, CourseLevel? level, CourseStatus? status, CancellationToken ct)
    {
        var filter = new CatalogueFilter(q?.Length > 200 ? q[..200] : q, module, level, status);
        var courses = await _catalogue.ListAsync(User, Department, filter, ct);
        var ids = courses.Select(c => c.Id).ToList();
        var enrolled = await _db.Enrolments.AsNoTracking()
            .Where(e => e.AccountId == AccountId && ids.Contains(e.CourseId) && e.Status != EnrolmentStatus.Withdrawn).ToDictionaryAsync(e => e.CourseId, ct);
        return View("~/Views/Catalogue/Index.cshtml", new CataloguePage { Filter = filter, Courses = courses, Enrolled = enrolled });
    }

    [HttpGet("my")]
    public async Task<IActionResult> My(CancellationToken ct)
    {
        var enrolments = await _db.Enrolments.AsNoTracking().Where(e => e.AccountId == AccountId && e.Status != EnrolmentStatus.Withdrawn).ToListAsync(ct);
        var ids = enrolments.Select(e => e.CourseId).ToList();
        var courses = await _db.Courses.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var progress = await _catalogue.ProgressAsync(enrolments, ct);
        var lines = new List<MyCourse>();
        foreach (var e in enrolments.Where(e => courses.ContainsKey(e.CourseId)).OrderByDescending(e => e.LastActivityUtc ?? e.EnrolledUtc))
        {
            lines.Add(new MyCourse(courses[e.CourseId], e, progress[e.Id], e.LastLessonId ?? await FirstOpenLessonAsync(e, ct)));
        }

        return View("~/Views/Catalogue/My.cshtml", lines);
    }

    [HttpGet("courses/{id:int}")]
    public async Task<IActionResult> Course(int id, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } course)
        {
            return NotFound();
        }

        return View("~/Views/Catalogue/Course.cshtml", await PageAsync(course, null, ct));
    }

    [HttpPost("courses/{id:int}/enrol")]
    public async Task<IActionResult> Enrol(int id, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } course)
        {
            return NotFound();
        }

        try
        {
            var learner = await _enrolments.LearnerAsync(AccountId, ct) ?? throw new LearningException(403, "Tài khoản không tồn tại.");
            await _enrolments.SelfEnrolAsync(course, learner, ct);
        }
        catch (LearningException ex)
        {
            Response.StatusCode = ex.Status;
            return View("~/Views/Catalogue/Course.cshtml", await PageAsync(course, ex.Message, ct));
        }

        return Redirect($"~/learning/courses/{id}");
    }

    [HttpGet("courses/{id:int}/lessons/{lessonId:int}")]
    public async Task<IActionResult> Lesson(int id, int lessonId, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } course
            || await _db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId && l.CourseId == id, ct) is not { } lesson)
        {
            return NotFound();
        }

        var enrolment = await _access.FindEnrolmentAsync(User, id, ct);
        if (enrolment is null && !await _access.CanManageAsync(User, course, ct))
        {
            return Redirect($"~/learning/courses/{id}");
        }

        if (enrolment is not null)
        {
            // "Continue where I left off" opens this lesson next time.
            await _db.Enrolments.Where(e => e.Id == enrolment.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.LastLessonId, lessonId), ct);
        }

        switch (lesson.Kind)
        {
            case LessonKind.Scorm:
                return Redirect($"~/learning/scorm/{lessonId}");
            case LessonKind.Quiz:
                return Redirect($"~/learning/quiz/{lessonId}");
        }

        var outline = await _catalogue.OutlineAsync(id, ct);
        var ordered = outline.SelectMany(s => s.Lessons).ToList();
        var next = ordered.SkipWhile(l => l.Id != lessonId).Skip(1).FirstOrDefault();
        var done = enrolment is not null && await _db.Progress.AnyAsync(p => p.EnrolmentId == enrolment.Id && p.LessonId == lessonId && p.Completed, ct);
        return View("~/Views/Catalogue/Lesson.cshtml", new LessonPage { Course = course, Lesson = lesson, Done = done, Enrolled = enrolment is not null, Next = next });
    }

    /// <summary>A text, video or document lesson read to the end: the learner says so.</summary>
    [HttpPost("courses/{id:int}/lessons/{lessonId:int}/done")]
    public async Task<IActionResult> Done(int id, int lessonId, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is null
            || await _db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId && l.CourseId == id, ct) is not { } lesson)
        {
            return NotFound();
        }

        if (lesson.Kind is LessonKind.Scorm or LessonKind.Quiz)
        {
            return BadRequest();
        }

        if (await _access.FindEnrolmentAsync(User, id, ct) is not { } enrolment)
        {
            return Redirect($"~/learning/courses/{id}");
        }

        await _outcomes.RecordAsync(enrolment.Id, lessonId, new LessonOutcome(Completed: true), ct);
        return Redirect($"~/learning/courses/{id}/lessons/{lessonId}");
    }

    /// <summary>The video or PDF of a lesson, with range requests (seeking in a video).</summary>
    [HttpGet("courses/{id:int}/lessons/{lessonId:int}/file")]
    public async Task<IActionResult> File(int id, int lessonId, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } course
            || await _db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId && l.CourseId == id, ct) is not { } lesson
            || _files.FullPath(lesson.FilePath) is not { } path)
        {
            return NotFound();
        }

        if (await _access.FindEnrolmentAsync(User, id, ct) is null && !await _access.CanManageAsync(User, course, ct))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=3600";
        return PhysicalFile(path, lesson.FileContentType ?? "application/octet-stream", enableRangeProcessing: true);
    }

    private async Task<Course?> VisibleAsync(int id, CancellationToken ct) =>
        await _catalogue.FindAsync(id, ct) is { } course && await _access.CanViewAsync(User, course, ct) ? course : null;

    private async Task<CoursePage> PageAsync(Course course, string? error, CancellationToken ct)
    {
        var enrolment = await _access.FindEnrolmentAsync(User, course.Id, ct);
        var done = enrolment is null
            ? new HashSet<int>()
            : (await _db.Progress.AsNoTracking().Where(p => p.EnrolmentId == enrolment.Id && p.Completed && p.Passed != false).Select(p => p.LessonId).ToListAsync(ct)).ToHashSet();
        return new CoursePage
        {
            Course = course,
            Outline = await _catalogue.OutlineAsync(course.Id, ct),
            Enrolment = enrolment,
            Progress = enrolment is null ? null : (await _catalogue.ProgressAsync([enrolment], ct))[enrolment.Id],
            Done = done,
            CanManage = await _access.CanManageAsync(User, course, ct),
            Error = error,
        };
    }

    private async Task<int?> FirstOpenLessonAsync(Enrolment enrolment, CancellationToken ct)
    {
        var done = await _db.Progress.Where(p => p.EnrolmentId == enrolment.Id && p.Completed).Select(p => p.LessonId).ToListAsync(ct);
        var outline = await _catalogue.OutlineAsync(enrolment.CourseId, ct);
        return outline.SelectMany(s => s.Lessons).FirstOrDefault(l => !done.Contains(l.Id))?.Id;
    }
}
