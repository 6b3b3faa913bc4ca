using Intranet.Core.Web;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Catalogue;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Intranet.Learning.ViewModels.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Controllers.Catalogue;

/// <summary>
/// Trainer pages (<c>/admin/learning</c>): the courses of this tenant (the province at the host, the department's
/// own elsewhere), the course builder, learners with progress, enrolment. A course of another tenant answers 404
/// here, whatever the id.
/// </summary>
[Admin]
[Authorize]
public abstract class CourseAdminControllerBase : Controller
{
    private readonly CatalogueService _catalogue;
    private readonly ILearningAccess _access;
    private readonly CourseEditor _editor;
    private readonly LessonFiles _files;
    private readonly EnrolmentService _enrolments;
    private readonly EnrolmentRules _rules;
    private readonly DepartmentReports _reports;
    private readonly LearningDbContext _db;

    protected CourseAdminControllerBase(CatalogueService catalogue, ILearningAccess access, CourseEditor editor, LessonFiles files, EnrolmentService enrolments, EnrolmentRules rules, DepartmentReports reports, LearningDbContext db)
    {
        _catalogue = catalogue;
        _access = access;
        _editor = editor;
        _files = files;
        _enrolments = enrolments;
        _rules = rules;
        _reports = reports;
        _db = db;
    }

    private string? Owner => HttpContext.GetTenant() is { IsHost: false } t ? t.Name : null;

    private string Actor => LearnerIdentity.AccountId(User) ?? "";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (!await HereAsync(Permissions.ManageCourses, ct))
        {
            return Forbid();
        }

        var owner = Owner;
        var courses = await _db.Courses.AsNoTracking().Where(c => c.OwnerTenant == owner).OrderBy(c => c.Title).ToListAsync(ct);
        return View("~/Views/CourseAdmin/Index.cshtml", courses);
    }

    [HttpGet("courses/new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        await HereAsync(Permissions.ManageCourses, ct)
            ? View("~/Views/CourseAdmin/Builder.cshtml", new BuilderPage { Form = new CourseForm() })
            : Forbid();

    [HttpPost("courses/new")]
    public async Task<IActionResult> Create(CourseForm form, CancellationToken ct)
    {
        if (!await HereAsync(Permissions.ManageCourses, ct))
        {
            return Forbid();
        }

        try
        {
            var course = await _editor.CreateAsync(Owner, form.ToInput(), Actor, ct);
            return Redirect($"~/admin/learning/courses/{course.Id}");
        }
        catch (LearningException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Views/CourseAdmin/Builder.cshtml", new BuilderPage { Form = form, Error = ex.Message, ErrorField = ex.Field });
        }
    }

    [HttpGet("courses/{id:int}")]
    public async Task<IActionResult> Builder(int id, string? message, CancellationToken ct)
    {
        if (await ManagedAsync(id, ct) is not { } course)
        {
            return NotFound();
        }

        var form = CourseForm.From(course);
        form.Trainers = string.Join(", ", await TrainerEmailsAsync(course, ct));
        return View("~/Views/CourseAdmin/Builder.cshtml", new BuilderPage { Course = course, Form = form, Outline = await _catalogue.OutlineAsync(id, ct), Message = message?.Length > 200 ? null : message });
    }

    [HttpPost("courses/{id:int}")]
    public async Task<IActionResult> Update(int id, CourseForm form, CancellationToken ct)
    {
        if (await ManagedAsync(id, ct) is not { } course)
        {
            return NotFound();
        }

        try
        {
            await _editor.UpdateAsync(course, form.ToInput(), ct);
            return Redirect($"~/admin/learning/courses/{id}?message=saved");
        }
        catch (LearningException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Views/CourseAdmin/Builder.cshtml", new BuilderPage { Course = course, Form = form, Outline = await _catalogue.OutlineAsync(id, ct), Error = ex.Message, ErrorField = ex.Field });
        }
    }

    [HttpPost("courses/{id:int}/sections")]
    public Task<IActionResult> AddSection(int id, string? title, CancellationToken ct) =>
        ChangeAsync(id, course => _editor.AddSectionAsync(course, title, ct), ct);

    [HttpPost("courses/{id:int}/lessons/text")]
    public Task<IActionResult> AddText(int id, int sectionId, string? title, string? body, bool required = true, CancellationToken ct = default) =>
        ChangeAsync(id, course => _editor.AddLessonAsync(course, sectionId, new Lesson { Title = title ?? "", Kind = LessonKind.Text, BodyMarkdown = body, Required = required }, ct), ct);

    [HttpPost("courses/{id:int}/lessons/file")]
    [RequestSizeLimit(LessonFiles.MaxVideoBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = LessonFiles.MaxVideoBytes + 1024 * 1024)]
    public Task<IActionResult> AddFile(int id, int sectionId, string? title, IFormFile? file, CancellationToken ct) =>
        ChangeAsync(id, async course =>
        {
            if (file is null || file.Length == 0)
            {
                throw new LearningException(400, "Chưa chọn tệp.", "file");
            }

            await using var stream = file.OpenReadStream();
            var (kind, path, type) = await _files.SaveAsync(stream, file.FileName, file.Length, ct);
            try
            {
                await _editor.AddLessonAsync(course, sectionId, new Lesson { Title = title ?? "", Kind = kind, FilePath = path, FileContentType = type }, ct);
            }
            catch
            {
                _files.Delete(path);
                throw;
            }
        }, ct);

    [HttpPost("courses/{id:int}/lessons/{lessonId:int}/delete")]
    public Task<IActionResult> DeleteLesson(int id, int lessonId, CancellationToken ct) =>
        ChangeAsync(id, async course =>
        {
            var path = await _db.Lessons.Where(l => l.Id == lessonId && l.CourseId == id).Select(l => l.FilePath).FirstOrDefaultAsync(ct);
            if (!await _editor.DeleteLessonAsync(course, lessonId, ct))
            {
                throw new LearningException(404, "Không tìm thấy bài học.");
            }

            _files.Delete(path);
        }, ct);

    [HttpGet("courses/{id:int}/learners")]
    public async Task<IActionResult> Learners(int id, string? message, CancellationToken ct)
    {
        if (await CourseHereAsync(id, ct) is not { } course || !await _access.HasPermissionAsync(User, course, Permissions.ViewLearnerResults, ct))
        {
            return NotFound();
        }

        return View("~/Views/CourseAdmin/Learners.cshtml", await LearnersPageAsync(course, message?.Length > 200 ? null : message, null, ct));
    }

    [HttpPost("courses/{id:int}/enrolments")]
    public Task<IActionResult> EnrolOne(int id, string? email, string? dueOn, CancellationToken ct) =>
        EnrolChangeAsync(id, async course =>
        {
            var learner = await _enrolments.LearnerByEmailAsync(email, ct) ?? throw new LearningException(400, "Không có tài khoản với thư điện tử này.", "email");
            var (_, created) = await _enrolments.EnrolAsync(course.Id, learner, EnrolmentSource.Trainer, Actor, CourseForm.ParseDate(dueOn, "dueOn"), null, ct);
            return created ? $"Đã ghi danh {learner.DisplayName}." : $"{learner.DisplayName} đã có trong khóa học.";
        }, ct);

    [HttpPost("courses/{id:int}/enrolments/bulk")]
    public Task<IActionResult> EnrolBulk(int id, string? tenant, string? unitId, string? dueOn, CancellationToken ct) =>
        EnrolChangeAsync(id, async course =>
        {
            var department = DepartmentFor(course, tenant);
            var count = await _enrolments.BulkEnrolAsync(course, department, unitId, CourseForm.ParseDate(dueOn, "dueOn"), Actor, ct);
            return $"Đã ghi danh thêm {count} người.";
        }, ct);

    [HttpPost("courses/{id:int}/rules")]
    public Task<IActionResult> AddRule(int id, string? tenant, string? rankCode, string? unitId, int? dueDays, bool skipTrained = true, CancellationToken ct = default) =>
        EnrolChangeAsync(id, async course =>
        {
            if (dueDays is < 1 or > 3650)
            {
                throw new LearningException(400, "Số ngày phải hoàn thành phải từ 1 đến 3650.", "dueDays");
            }

            var rule = new EnrolmentRule
            {
                CourseId = course.Id,
                TenantName = DepartmentFor(course, tenant),
                RankCode = Clean(rankCode, 20),
                UnitId = Clean(unitId, 100),
                DueDays = dueDays,
                SkipTrained = skipTrained,
                CreatedBy = Actor,
                CreatedUtc = DateTime.UtcNow,
            };
            _db.Add(rule);
            await _db.SaveChangesAsync(ct);
            var count = await _rules.ApplyAsync(rule, ct);
            return $"Đã tạo quy tắc; ghi danh ngay {count} người theo hồ sơ hiện tại.";
        }, ct);

    [HttpPost("courses/{id:int}/enrolments/{enrolmentId:int}/withdraw")]
    public Task<IActionResult> Withdraw(int id, int enrolmentId, CancellationToken ct) =>
        EnrolChangeAsync(id, async course => await _enrolments.WithdrawAsync(course, enrolmentId, ct) ? "Đã rút tên học viên." : throw new LearningException(404, "Không tìm thấy."), ct);

    [HttpGet("courses/{id:int}/learners.xlsx")]
    public async Task<IActionResult> LearnersXlsx(int id, CancellationToken ct)
    {
        if (await CourseHereAsync(id, ct) is not { } course || !await _access.HasPermissionAsync(User, course, Permissions.ViewLearnerResults, ct))
        {
            return NotFound();
        }

        var page = await LearnersPageAsync(course, null, null, ct);
        var bytes = LearnersWorkbook.Build(course, page.Learners);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"hoc-vien-khoa-{course.Id}.xlsx");
    }

    [HttpGet("report")]
    public async Task<IActionResult> Report(string? tenant, string? modules, CancellationToken ct)
    {
        var here = Owner;
        if (!await HereAsync(Permissions.ViewLearningReports, ct))
        {
            return Forbid();
        }

        // A department sees itself; the province picks any department.
        var department = here ?? (string.IsNullOrWhiteSpace(tenant) || tenant.Length > 64 ? null : tenant.Trim());
        var wanted = CourseText.NormalizeModules((modules ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), out _);
        var report = department is null ? null : await _reports.BuildAsync(department, CourseText.SplitModules(wanted), ct);
        ViewData["Tenant"] = department;
        return View("~/Views/CourseAdmin/Report.cshtml", report);
    }

    private static string? Clean(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Length > max ? throw new LearningException(400, "Giá trị quá dài.") : value.Trim();

    /// <summary>A department course enrols its own department only; a province course any department.</summary>
    private static string DepartmentFor(Course course, string? tenant) =>
        course.OwnerTenant ?? (string.IsNullOrWhiteSpace(tenant) || tenant.Length > 64
            ? throw new LearningException(400, "Chọn đơn vị.", "tenant")
            : tenant.Trim());

    private Task<bool> HereAsync(Intranet.Core.Security.Permission permission, CancellationToken ct) =>
        _access.HasPermissionAsync(User, new Course { OwnerTenant = Owner }, permission, ct);

    private async Task<Course?> CourseHereAsync(int id, CancellationToken ct)
    {
        var course = await _catalogue.FindAsync(id, ct);
        return course is not null && course.OwnerTenant == Owner ? course : null;
    }

    private async Task<Course?> ManagedAsync(int id, CancellationToken ct) =>
        await CourseHereAsync(id, ct) is { } course && await _access.CanManageAsync(User, course, ct) ? course : null;

    private async Task<IActionResult> ChangeAsync(int id, Func<Course, Task> change, CancellationToken ct)
    {
        if (await ManagedAsync(id, ct) is not { } course)
        {
            return NotFound();
        }

        try
        {
            await change(course);
            return Redirect($"~/admin/learning/courses/{id}?message=saved");
        }
        catch (LearningException ex)
        {
            Response.StatusCode = ex.Status;
            return View("~/Views/CourseAdmin/Builder.cshtml", new BuilderPage { Course = course, Form = CourseForm.From(course), Outline = await _catalogue.OutlineAsync(id, ct), Error = ex.Message, ErrorField = ex.Field });
        }
    }

    private async Task<IActionResult> EnrolChangeAsync(int id, Func<Course, Task<string>> change, CancellationToken ct)
    {
        if (await CourseHereAsync(id, ct) is not { } course || !await _access.HasPermissionAsync(User, course, Permissions.EnrolLearners, ct))
        {
            return NotFound();
        }

        try
        {
            var message = await change(course);
            return Redirect($"~/admin/learning/courses/{id}/learners?message={Uri.EscapeDataString(message)}");
        }
        catch (LearningException ex)
        {
            Response.StatusCode = ex.Status;
            return View("~/Views/CourseAdmin/Learners.cshtml", await LearnersPageAsync(course, null, ex.Message, ct));
        }
    }

    private async Task<LearnersPage> LearnersPageAsync(Course course, string? message, string? error, CancellationToken ct)
    {
        var enrolments = await _db.Enrolments.AsNoTracking().Where(e => e.CourseId == course.Id && e.Status != EnrolmentStatus.Withdrawn).OrderBy(e => e.DisplayName).ToListAsync(ct);
        var progress = await _catalogue.ProgressAsync(enrolments, ct);
        return new LearnersPage
        {
            Course = course,
            Learners = [.. enrolments.Select(e => new LearnerLine(e, progress[e.Id]))],
            Rules = await _db.Set<EnrolmentRule>().AsNoTracking().Where(r => r.CourseId == course.Id).ToListAsync(ct),
            CanEnrol = await _access.HasPermissionAsync(User, course, Permissions.EnrolLearners, ct),
            Message = message,
            Error = error,
        };
    }

    private async Task<List<string>> TrainerEmailsAsync(Course course, CancellationToken ct)
    {
        var emails = new List<string>();
        foreach (var trainer in course.Trainers)
        {
            if (await _enrolments.EmailOfAsync(trainer.AccountId, ct) is { } email)
            {
                emails.Add(email);
            }
        }

        return emails;
    }
}
