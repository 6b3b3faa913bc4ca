using Intranet.Core.Uploads;
using Intranet.Core.Web;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Quiz;
using Intranet.Learning.ViewModels.Quiz;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Quiz;

/// <summary>
/// <c>/admin/learning/courses/{courseId}/questions</c>: a course's question bank — GIFT/Aiken import (check first,
/// line-numbered errors, nothing written when a line is wrong), outcome codes, delete. Needs ManageCourses in the course's tenant.
/// </summary>
[Admin]
[Authorize]
[NoStore]
[Route("admin/learning/courses/{courseId:int}/questions")]
public sealed class QuestionBankController : Controller
{
    private readonly QuizLookup _lookup;
    private readonly QuizBuilder _builder;
    private readonly ILearningAccess _access;

    public QuestionBankController(QuizLookup lookup, QuizBuilder builder, ILearningAccess access)
    {
        _lookup = lookup;
        _builder = builder;
        _access = access;
    }

    [HttpGet("")]
    public Task<IActionResult> Index(int courseId, CancellationToken ct) => PageAsync(courseId, null, 0, null, ct);

    [HttpPost("import")]
    [RequestSizeLimit(QuestionFileReader.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(int courseId, IFormFile? file, QuestionFileFormat format, bool dryRun, CancellationToken ct)
    {
        var course = await _lookup.CourseAsync(courseId, ct);
        if (course is null || !await _access.CanManageAsync(User, course, ct))
        {
            return course is null ? NotFound() : Forbid();
        }

        if (file is null || file.Length == 0)
        {
            return await PageAsync(courseId, null, 0, "Chưa chọn tệp GIFT hoặc Aiken (tệp văn bản UTF-8).", ct);
        }

        QuestionImport report;
        try
        {
            await using var stream = file.OpenReadStream();
            report = await QuestionFileReader.ReadAsync(stream, file.FileName, Enum.IsDefined(format) ? format : QuestionFileFormat.Auto, ct);
        }
        catch (UploadRejectedException ex)
        {
            report = new QuestionImport([], [new ImportProblem(ex.Line ?? 1, ex.Message)]);
        }

        var imported = dryRun ? 0 : await _builder.AddAsync(courseId, report, LearnerIdentity.AccountId(User) ?? "", ct);
        var message = report.HasProblems ? null : dryRun ? $"Tệp hợp lệ: {report.Questions.Count} câu hỏi. Bấm “Nhập” để thêm vào ngân hàng." : $"Đã nhập {imported} câu hỏi.";
        return await PageAsync(courseId, report, imported, message, ct);
    }

    [HttpPost("{questionId:int}/outcomes")]
    public async Task<IActionResult> Outcomes(int courseId, int questionId, string? codes, CancellationToken ct)
    {
        var course = await _lookup.CourseAsync(courseId, ct);
        if (course is null || !await _access.CanManageAsync(User, course, ct))
        {
            return course is null ? NotFound() : Forbid();
        }

        var parsed = OutcomeCodes.Parse(codes, out var invalid);
        if (invalid.Count > 0)
        {
            return await PageAsync(courseId, null, 0, $"Mã chuẩn đầu ra không hợp lệ: {string.Join(", ", invalid)} (dạng IU01 hoặc IU01.1.2, IU01–IU15).", ct);
        }

        return await _builder.SetOutcomeCodesAsync(courseId, questionId, parsed, ct) ? Redirect(BankUrl(courseId)) : NotFound();
    }

    [HttpPost("{questionId:int}/delete")]
    public async Task<IActionResult> Delete(int courseId, int questionId, CancellationToken ct)
    {
        var course = await _lookup.CourseAsync(courseId, ct);
        if (course is null || !await _access.CanManageAsync(User, course, ct))
        {
            return course is null ? NotFound() : Forbid();
        }

        return await _builder.DeleteAsync(courseId, questionId, ct) ? Redirect(BankUrl(courseId)) : NotFound();
    }

    private string BankUrl(int courseId) => Url.Content($"~/admin/learning/courses/{courseId}/questions");

    private async Task<IActionResult> PageAsync(int courseId, QuestionImport? report, int imported, string? message, CancellationToken ct)
    {
        var course = await _lookup.CourseAsync(courseId, ct);
        if (course is null || !await _access.CanManageAsync(User, course, ct))
        {
            return course is null ? NotFound() : Forbid();
        }

        var page = new QuestionBankPage(course, await _lookup.BankAsync(courseId, ct), await _lookup.QuizzesAsync(courseId, ct), report, imported, message);
        Response.StatusCode = report?.HasProblems == true ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return View("Index", page);
    }
}
