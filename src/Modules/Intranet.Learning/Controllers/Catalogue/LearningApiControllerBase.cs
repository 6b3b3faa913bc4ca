using Intranet.Core.Web;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Intranet.Learning.ViewModels.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Controllers.Catalogue;

/// <summary>
/// <c>/api/learning</c>: courses (list, detail, create, sections, text lessons), enrolments (self, by a trainer, the
/// course's learners with progress), my enrolments, completions and the department report. A course the caller may
/// not see is a 404 problem; a missing permission on a visible course a 403.
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken]
public abstract class LearningApiControllerBase : ControllerBase
{
    private readonly CatalogueService _catalogue;
    private readonly ILearningAccess _access;
    private readonly CourseEditor _editor;
    private readonly EnrolmentService _enrolments;
    private readonly DepartmentReports _reports;
    private readonly LearningDbContext _db;

    protected LearningApiControllerBase(CatalogueService catalogue, ILearningAccess access, CourseEditor editor, EnrolmentService enrolments, DepartmentReports reports, LearningDbContext db)
    {
        _catalogue = catalogue;
        _access = access;
        _editor = editor;
        _enrolments = enrolments;
        _reports = reports;
        _db = db;
    }

    private string? Here => HttpContext.GetTenant() is { IsHost: false } t ? t.Name : null;

    private string Actor => LearnerIdentity.AccountId(User) ?? "";

    [HttpGet("courses")]
    public async Task<IActionResult> Courses(string? q, string? module, CourseLevel? level, CourseStatus? status, CancellationToken ct)
    {
        var courses = await _catalogue.ListAsync(User, Here, new CatalogueFilter(q?.Length > 200 ? q[..200] : q, module, level, status), ct);
        return Ok(courses.Select(Summary));
    }

    [HttpGet("courses/{id:int}")]
    public async Task<IActionResult> Course(int id, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } course)
        {
            return Problem(404, "Không tìm thấy khóa học.");
        }

        var outline = await _catalogue.OutlineAsync(id, ct);
        return Ok(new
        {
            course = Summary(course),
            description = course.DescriptionMarkdown,
            trainers = course.Trainers.Select(t => t.DisplayName),
            prerequisiteIds = course.Prerequisites.Select(p => p.RequiredCourseId),
            sections = outline.Select(s => new { s.Id, s.Title, lessons = s.Lessons.Select(l => new { l.Id, l.Title, kind = l.Kind.ToString(), l.Required, l.ContentId }) }),
        });
    }

    [HttpPost("courses")]
    [ProducesResponseType(StatusCodes.Status201Created)]
    public async Task<IActionResult> Create(CourseInput body, CancellationToken ct)
    {
        if (!await _access.HasPermissionAsync(User, new Course { OwnerTenant = Here }, Permissions.ManageCourses, ct))
        {
            return Problem(403, "Không có quyền tạo khóa học.");
        }

        return await GuardAsync(async () =>
        {
            var course = await _editor.CreateAsync(Here, body, Actor, ct);
            return StatusCode(StatusCodes.Status201Created, Summary(course));
        });
    }

    [HttpPost("courses/{id:int}/sections")]
    [ProducesResponseType(StatusCodes.Status201Created)]
    public Task<IActionResult> AddSection(int id, SectionBody body, CancellationToken ct) =>
        ManageAsync(id, async course =>
        {
            var section = await _editor.AddSectionAsync(course, body.Title, ct);
            return StatusCode(StatusCodes.Status201Created, new { section.Id, section.Title, section.Position });
        }, ct);

    [HttpPost("courses/{id:int}/lessons")]
    [ProducesResponseType(StatusCodes.Status201Created)]
    public Task<IActionResult> AddLesson(int id, LessonBody body, CancellationToken ct) =>
        ManageAsync(id, async course =>
        {
            var lesson = await _editor.AddLessonAsync(course, body.SectionId, new Lesson { Title = body.Title ?? "", Kind = LessonKind.Text, BodyMarkdown = body.Body, Required = body.Required }, ct);
            return StatusCode(StatusCodes.Status201Created, new { lesson.Id, lesson.Title, lesson.SectionId, lesson.Position });
        }, ct);

    [HttpPost("courses/{id:int}/enrolments")]
    [ProducesResponseType(StatusCodes.Status201Created)]
    public async Task<IActionResult> Enrol(int id, EnrolBody body, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } course)
        {
            return Problem(404, "Không tìm thấy khóa học.");
        }

        return await GuardAsync(async () =>
        {
            Enrolment enrolment;
            if (string.IsNullOrWhiteSpace(body.Email))
            {
                var me = await _enrolments.LearnerAsync(Actor, ct) ?? throw new LearningException(403, "Tài khoản không tồn tại.");
                enrolment = await _enrolments.SelfEnrolAsync(course, me, ct);
            }
            else
            {
                if (!await _access.HasPermissionAsync(User, course, Permissions.EnrolLearners, ct))
                {
                    throw new LearningException(403, "Không có quyền ghi danh người khác.");
                }

                var learner = await _enrolments.LearnerByEmailAsync(body.Email, ct) ?? throw new LearningException(422, "Không có tài khoản với thư điện tử này.", "email");
                enrolment = (await _enrolments.EnrolAsync(course.Id, learner, EnrolmentSource.Trainer, Actor, body.DueOn, null, ct)).Enrolment;
            }

            return StatusCode(StatusCodes.Status201Created, EnrolmentJson(enrolment, null));
        });
    }

    [HttpGet("courses/{id:int}/enrolments")]
    public async Task<IActionResult> Enrolments(int id, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } course)
        {
            return Problem(404, "Không tìm thấy khóa học.");
        }

        if (!await _access.HasPermissionAsync(User, course, Permissions.ViewLearnerResults, ct))
        {
            return Problem(403, "Không có quyền xem kết quả học viên.");
        }

        var enrolments = await _db.Enrolments.AsNoTracking().Where(e => e.CourseId == id && e.Status != EnrolmentStatus.Withdrawn).OrderBy(e => e.DisplayName).ToListAsync(ct);
        var progress = await _catalogue.ProgressAsync(enrolments, ct);
        return Ok(enrolments.Select(e => EnrolmentJson(e, progress[e.Id])));
    }

    [HttpGet("me/enrolments")]
    public async Task<IActionResult> MyEnrolments(CancellationToken ct)
    {
        var enrolments = await _db.Enrolments.AsNoTracking().Where(e => e.AccountId == Actor && e.Status != EnrolmentStatus.Withdrawn).ToListAsync(ct);
        var progress = await _catalogue.ProgressAsync(enrolments, ct);
        return Ok(enrolments.Select(e => EnrolmentJson(e, progress[e.Id])));
    }

    /// <summary>Completed enrolments of this tenant's people (at the host: every department), for reports.</summary>
    [HttpGet("completions")]
    public async Task<IActionResult> Completions(CancellationToken ct)
    {
        if (!await _access.HasPermissionAsync(User, new Course { OwnerTenant = Here }, Permissions.ViewLearningReports, ct))
        {
            return Problem(403, "Không có quyền xem báo cáo đào tạo.");
        }

        var here = Here;
        var query = _db.Enrolments.AsNoTracking().Where(e => e.CompletedUtc != null && e.Status != EnrolmentStatus.Withdrawn);
        if (here is not null)
        {
            query = query.Where(e => e.TenantName == here);
        }

        var rows = await query.Join(_db.Courses, e => e.CourseId, c => c.Id, (e, c) => new { e.Id, e.CourseId, course = c.Title, c.ItModules, e.DisplayName, e.TenantName, e.CompletedUtc })
            .OrderByDescending(r => r.CompletedUtc).Take(10_000).ToListAsync(ct);
        return Ok(rows.Select(r => new { enrolmentId = r.Id, r.CourseId, r.course, itModules = CourseText.SplitModules(r.ItModules), learner = r.DisplayName, department = r.TenantName, completedOn = DateOnly.FromDateTime(r.CompletedUtc!.Value) }));
    }

    /// <summary>Share of the department's staff trained (default IU01–IU06), per unit, and who is missing.</summary>
    [HttpGet("report")]
    public async Task<IActionResult> Report(string? tenant, string? modules, CancellationToken ct)
    {
        if (!await _access.HasPermissionAsync(User, new Course { OwnerTenant = Here }, Permissions.ViewLearningReports, ct))
        {
            return Problem(403, "Không có quyền xem báo cáo đào tạo.");
        }

        var department = Here ?? (string.IsNullOrWhiteSpace(tenant) || tenant.Length > 64 ? null : tenant.Trim());
        if (department is null)
        {
            return Problem(400, "Chọn đơn vị (tham số tenant).");
        }

        var wanted = CourseText.NormalizeModules((modules ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), out var unknown);
        if (wanted is null)
        {
            return Problem(400, $"Mô-đun không có trong TT 03/2014: {string.Join(", ", unknown)}.");
        }

        var report = await _reports.BuildAsync(department, CourseText.SplitModules(wanted), ct);
        return Ok(new { report.TenantName, report.Modules, report.Staff, report.Trained, report.Percent, units = report.Units });
    }

    private static object Summary(Course c) => new
    {
        c.Id,
        owner = c.OwnerTenant,
        c.Title,
        itModules = CourseText.SplitModules(c.ItModules),
        level = c.Level.ToString(),
        status = c.Status.ToString(),
        c.DurationHours,
        c.OpensOn,
        c.ClosesOn,
        c.Capacity,
    };

    private static object EnrolmentJson(Enrolment e, CourseProgress? p) => new
    {
        e.Id,
        e.CourseId,
        e.AccountId,
        learner = e.DisplayName,
        department = e.TenantName,
        source = e.Source.ToString(),
        status = e.Status.ToString(),
        e.DueOn,
        completedOn = e.CompletedUtc is { } done ? DateOnly.FromDateTime(done) : (DateOnly?)null,
        lessonsDone = p?.Done,
        lessonsRequired = p?.Required,
        percent = p?.Percent,
    };

    private async Task<Course?> VisibleAsync(int id, CancellationToken ct) =>
        await _catalogue.FindAsync(id, ct) is { } course && await _access.CanViewAsync(User, course, ct) ? course : null;

    private async Task<IActionResult> ManageAsync(int id, Func<Course, Task<IActionResult>> action, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } course)
        {
            return Problem(404, "Không tìm thấy khóa học.");
        }

        if (!await _access.CanManageAsync(User, course, ct))
        {
            return Problem(403, "Không có quyền sửa khóa học này.");
        }

        return await GuardAsync(() => action(course));
    }

    private static async Task<IActionResult> GuardAsync(Func<Task<IActionResult>> action)
    {
        try
        {
            return await action();
        }
        catch (LearningException ex)
        {
            var problem = ApiProblems.Create(ex.Status, ex.Message);
            if (ex.Field is not null)
            {
                problem.Extensions["field"] = ex.Field;
            }

            return new ObjectResult(problem) { StatusCode = ex.Status, ContentTypes = { "application/problem+json" } };
        }
    }

    private static ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
