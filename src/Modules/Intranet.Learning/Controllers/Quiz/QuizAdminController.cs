using Intranet.Core.Web;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Quiz;
using Intranet.Learning.ViewModels.Quiz;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Quiz;

/// <summary>
/// <c>/admin/learning/courses/{courseId}/quizzes/…</c>: create a quiz (with its lesson) in a section, change its
/// settings, and its results (per-question analysis, XLSX). ManageCourses for the settings, ViewLearnerResults for results.
/// </summary>
[Admin]
[Authorize]
[NoStore]
[Route("admin/learning/courses/{courseId:int}/quizzes")]
public sealed class QuizAdminController : Controller
{
    private readonly QuizLookup _lookup;
    private readonly QuizBuilder _builder;
    private readonly QuizResults _results;
    private readonly ILearningAccess _access;

    public QuizAdminController(QuizLookup lookup, QuizBuilder builder, QuizResults results, ILearningAccess access)
    {
        _lookup = lookup;
        _builder = builder;
        _results = results;
        _access = access;
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(int courseId, int sectionId, CancellationToken ct)
    {
        if (await ManagedCourseAsync(courseId, ct) is not { } course)
        {
            return Denied;
        }

        return View("Edit", new QuizFormPage(course, null, sectionId, new QuizSettings { Title = "Bài kiểm tra" }, (await _lookup.BankAsync(courseId, ct)).Count, []));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(int courseId, int sectionId, [FromForm] QuizSettingsForm form, CancellationToken ct)
    {
        if (await ManagedCourseAsync(courseId, ct) is not { } course)
        {
            return Denied;
        }

        var settings = form.ToSettings();
        try
        {
            var (quiz, _) = await _builder.CreateAsync(course, sectionId, settings, ct);
            return Redirect(Url.Content($"~/admin/learning/courses/{courseId}/quizzes/{quiz.Id}?created=1"));
        }
        catch (QuizRuleException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", new QuizFormPage(course, null, sectionId, settings, (await _lookup.BankAsync(courseId, ct)).Count, [ex.Message]));
        }
    }

    [HttpGet("{quizId:int}")]
    public async Task<IActionResult> Edit(int courseId, int quizId, bool created, CancellationToken ct)
    {
        if (await ManagedQuizAsync(courseId, quizId, ct) is not { } found)
        {
            return Denied;
        }

        var lesson = await _lookup.LessonOfAsync(quizId, ct);
        return View("Edit", new QuizFormPage(found.Course, quizId, lesson?.SectionId ?? 0, QuizSettings.From(found.Quiz), await _lookup.PoolSizeAsync(found.Quiz, ct), [],
            created ? "Đã tạo bài kiểm tra và bài học của nó trong phần đã chọn." : null));
    }

    [HttpPost("{quizId:int}")]
    public async Task<IActionResult> Update(int courseId, int quizId, [FromForm] QuizSettingsForm form, CancellationToken ct)
    {
        if (await ManagedQuizAsync(courseId, quizId, ct) is not { } found)
        {
            return Denied;
        }

        var settings = form.ToSettings();
        try
        {
            await _builder.UpdateAsync(found.Quiz, settings, ct);
            return View("Edit", new QuizFormPage(found.Course, quizId, 0, settings, await _lookup.PoolSizeAsync(found.Quiz, ct), [], "Đã lưu."));
        }
        catch (QuizRuleException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", new QuizFormPage(found.Course, quizId, 0, settings, 0, [ex.Message]));
        }
    }

    [HttpGet("{quizId:int}/results")]
    public async Task<IActionResult> Results(int courseId, int quizId, CancellationToken ct)
    {
        if (await ResultsQuizAsync(courseId, quizId, ct) is not { } found)
        {
            return Denied;
        }

        var (attempts, stats) = await _results.LoadAsync(quizId, ct);
        return View("Results", new QuizResultsPage(found.Course, found.Quiz, attempts, stats));
    }

    [HttpGet("{quizId:int}/results.xlsx")]
    public async Task<IActionResult> ResultsXlsx(int courseId, int quizId, CancellationToken ct)
    {
        if (await ResultsQuizAsync(courseId, quizId, ct) is not { } found)
        {
            return Denied;
        }

        var (attempts, stats) = await _results.LoadAsync(quizId, ct);
        return File(QuizResultsWorkbook.Build(found.Quiz, attempts, stats), QuizResultsWorkbook.ContentType, QuizResultsWorkbook.FileName(found.Quiz));
    }

    private IActionResult Denied { get; set; } = new NotFoundResult();

    private async Task<Course?> ManagedCourseAsync(int courseId, CancellationToken ct)
    {
        var course = await _lookup.CourseAsync(courseId, ct);
        if (course is null)
        {
            Denied = NotFound();
            return null;
        }

        if (!await _access.CanManageAsync(User, course, ct))
        {
            Denied = Forbid();
            return null;
        }

        return course;
    }

    private async Task<(Course Course, Models.Quiz.QuizDefinition Quiz)?> ManagedQuizAsync(int courseId, int quizId, CancellationToken ct)
    {
        var found = await _lookup.QuizAsync(quizId, ct);
        if (found is null || found.Value.Course.Id != courseId)
        {
            Denied = NotFound();
            return null;
        }

        if (!await _access.CanManageAsync(User, found.Value.Course, ct))
        {
            Denied = Forbid();
            return null;
        }

        return found;
    }

    private async Task<(Course Course, Models.Quiz.QuizDefinition Quiz)?> ResultsQuizAsync(int courseId, int quizId, CancellationToken ct)
    {
        var found = await _lookup.QuizAsync(quizId, ct);
        if (found is null || found.Value.Course.Id != courseId)
        {
            Denied = NotFound();
            return null;
        }

        if (!await _access.HasPermissionAsync(User, found.Value.Course, Permissions.ViewLearnerResults, ct))
        {
            Denied = Forbid();
            return null;
        }

        return found;
    }
}
