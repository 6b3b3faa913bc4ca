using Intranet.Core.Uploads;
using Intranet.Core.Web;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Quiz;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Quiz;

/// <summary>
/// Quiz API: the question bank (list, GIFT/Aiken import with line-numbered 422 errors, delete), quizzes (create with
/// their lesson, settings, results, per-question analysis), and the learner's attempts (start, answer, submit).
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken]
[Route("api/learning")]
public sealed class QuizApiController : ControllerBase
{
    private readonly QuizLookup _lookup;
    private readonly QuizBuilder _builder;
    private readonly QuizAttempts _attempts;
    private readonly QuizResults _results;
    private readonly ILearningAccess _access;

    public QuizApiController(QuizLookup lookup, QuizBuilder builder, QuizAttempts attempts, QuizResults results, ILearningAccess access)
    {
        _lookup = lookup;
        _builder = builder;
        _attempts = attempts;
        _results = results;
        _access = access;
    }

    [HttpGet("courses/{courseId:int}/questions")]
    public async Task<IActionResult> Questions(int courseId, CancellationToken ct) =>
        await ManagedAsync(courseId, ct) is { } denied ? denied : Ok(await _lookup.BankAsync(courseId, ct));

    /// <summary>Multipart <c>file</c> (GIFT or Aiken, UTF-8). <c>dryRun</c> (default true) only checks. Problems: 422 with <c>errors[{line, message}]</c>, nothing added.</summary>
    [HttpPost("courses/{courseId:int}/questions/import")]
    [RequestSizeLimit(QuestionFileReader.MaxBytes + 64 * 1024)]
    [Consumes("multipart/form-data")]
    [ProducesResponseType<QuestionImportResult>(200)]
    public async Task<IActionResult> Import(int courseId, IFormFile? file, [FromQuery] QuestionFileFormat format = QuestionFileFormat.Auto, [FromQuery] bool dryRun = true, CancellationToken ct = default)
    {
        if (await ManagedAsync(courseId, ct) is { } denied)
        {
            return denied;
        }

        if (file is null || file.Length == 0)
        {
            return Problem(400, "Cần gửi một tệp GIFT hoặc Aiken (UTF-8) không rỗng trong trường 'file' (multipart/form-data).");
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

        if (report.HasProblems)
        {
            var problem = ApiProblems.Create(422, $"Tệp có {report.Problems.Count} lỗi; chưa thêm câu hỏi nào. Sửa các dòng được nêu rồi gửi lại.");
            problem.Extensions["errors"] = report.Problems.Select(p => new { line = p.Line, message = p.ToString() }).ToList();
            return new ObjectResult(problem) { StatusCode = 422, ContentTypes = { "application/problem+json" } };
        }

        var imported = dryRun ? 0 : await _builder.AddAsync(courseId, report, LearnerIdentity.AccountId(User) ?? "", ct);
        return Ok(new QuestionImportResult(dryRun, report.Questions.Count, imported));
    }

    [HttpDelete("courses/{courseId:int}/questions/{questionId:int}")]
    public async Task<IActionResult> DeleteQuestion(int courseId, int questionId, CancellationToken ct)
    {
        if (await ManagedAsync(courseId, ct) is { } denied)
        {
            return denied;
        }

        return await _builder.DeleteAsync(courseId, questionId, ct) ? NoContent() : Problem(404, "Không có câu hỏi này trong ngân hàng của khóa học.");
    }

    [HttpPost("courses/{courseId:int}/quizzes")]
    [ProducesResponseType<QuizCreated>(201)]
    public async Task<IActionResult> CreateQuiz(int courseId, [FromBody] QuizCreateRequest request, CancellationToken ct)
    {
        if (await ManagedAsync(courseId, ct) is { } denied)
        {
            return denied;
        }

        try
        {
            var course = (await _lookup.CourseAsync(courseId, ct))!;
            var (quiz, lesson) = await _builder.CreateAsync(course, request.SectionId, request.Settings ?? new QuizSettings(), ct);
            return Created($"api/learning/quizzes/{quiz.Id}", new QuizCreated(quiz.Id, lesson.Id));
        }
        catch (QuizRuleException ex)
        {
            return Problem(ex.Status, ex.Message);
        }
    }

    [HttpGet("quizzes/{quizId:int}")]
    public async Task<IActionResult> GetQuiz(int quizId, CancellationToken ct)
    {
        var found = await _lookup.QuizAsync(quizId, ct);
        if (found is null || !await _access.CanManageAsync(User, found.Value.Course, ct))
        {
            return NotFoundOrForbidden(found is not null);
        }

        return Ok(QuizSettings.From(found.Value.Quiz));
    }

    [HttpPut("quizzes/{quizId:int}")]
    public async Task<IActionResult> UpdateQuiz(int quizId, [FromBody] QuizSettings settings, CancellationToken ct)
    {
        var found = await _lookup.QuizAsync(quizId, ct);
        if (found is null || !await _access.CanManageAsync(User, found.Value.Course, ct))
        {
            return NotFoundOrForbidden(found is not null);
        }

        try
        {
            await _builder.UpdateAsync(found.Value.Quiz, settings, ct);
            return Ok(QuizSettings.From(found.Value.Quiz));
        }
        catch (QuizRuleException ex)
        {
            return Problem(ex.Status, ex.Message);
        }
    }

    /// <summary>Finished attempts (learner, department, number, score, passed) and the per-question analysis.</summary>
    [HttpGet("quizzes/{quizId:int}/results")]
    public async Task<IActionResult> Results(int quizId, CancellationToken ct)
    {
        var found = await _lookup.QuizAsync(quizId, ct);
        if (found is null || !await _access.HasPermissionAsync(User, found.Value.Course, Permissions.ViewLearnerResults, ct))
        {
            return NotFoundOrForbidden(found is not null);
        }

        var (attempts, stats) = await _results.LoadAsync(quizId, ct);
        return Ok(new
        {
            attempts = attempts.Select(a => new { a.Id, a.AccountId, a.DisplayName, a.TenantName, a.Number, State = a.State.ToString(), a.StartedUtc, a.FinishedUtc, a.ScorePercent, a.Passed }),
            questions = stats,
        });
    }

    /// <summary>Starts an attempt at the quiz lesson (or returns the one in progress): 201 with the questions, without answers.</summary>
    [HttpPost("quiz/{lessonId:int}/attempts")]
    [ProducesResponseType<AttemptView>(201)]
    public async Task<IActionResult> Start(int lessonId, CancellationToken ct)
    {
        var found = await _lookup.LessonAsync(lessonId, ct);
        if (found is null || !await _access.CanViewAsync(User, found.Value.Course, ct))
        {
            return Problem(404, "Không có bài kiểm tra này.");
        }

        var enrolment = await _access.FindEnrolmentAsync(User, found.Value.Course.Id, ct);
        if (enrolment is null)
        {
            return Problem(403, "Bạn chưa ghi danh khóa học này.");
        }

        try
        {
            var attempt = await _attempts.StartAsync(found.Value.Lesson, found.Value.Quiz, enrolment, ct);
            return Created($"api/learning/quiz/attempts/{attempt.Id}", AttemptView.From(attempt));
        }
        catch (QuizRuleException ex)
        {
            return Problem(ex.Status, ex.Message);
        }
    }

    [HttpGet("quiz/attempts/{attemptId:int}")]
    public async Task<IActionResult> GetAttempt(int attemptId, CancellationToken ct)
    {
        if (await OwnAttemptAsync(attemptId, ct) is not { } found)
        {
            return Problem(404, "Không có lần làm bài này.");
        }

        await _attempts.FinishIfExpiredAsync(found.Attempt, found.Quiz, ct);
        return Ok(AttemptView.From(found.Attempt));
    }

    /// <summary>Saves answers (by slot). 409 once the attempt is finished; answers after the deadline are not taken.</summary>
    [HttpPut("quiz/attempts/{attemptId:int}/answers")]
    public async Task<IActionResult> Save(int attemptId, [FromBody] AttemptAnswers body, CancellationToken ct) =>
        await AnswerAsync(attemptId, body, submit: false, ct);

    [HttpPost("quiz/attempts/{attemptId:int}/submit")]
    public async Task<IActionResult> Submit(int attemptId, [FromBody] AttemptAnswers body, CancellationToken ct) =>
        await AnswerAsync(attemptId, body, submit: true, ct);

    private async Task<IActionResult> AnswerAsync(int attemptId, AttemptAnswers body, bool submit, CancellationToken ct)
    {
        if (await OwnAttemptAsync(attemptId, ct) is not { } found)
        {
            return Problem(404, "Không có lần làm bài này.");
        }

        var responses = (body.Answers ?? []).Where(a => a is not null).Take(1_000).GroupBy(a => a.Slot)
            .ToDictionary(g => g.Key, g => new QuizResponse(g.Last().Choices, g.Last().Text, g.Last().Matches));
        try
        {
            if (submit)
            {
                await _attempts.SubmitAsync(found.Attempt, found.Quiz, responses, ct);
            }
            else if (!await _attempts.SaveAsync(found.Attempt, found.Quiz, responses, ct))
            {
                return Problem(409, "Đã hết giờ làm bài; câu trả lời không được nhận, bài đã được chấm theo các câu đã lưu.");
            }
        }
        catch (QuizRuleException ex)
        {
            return Problem(ex.Status, ex.Message);
        }

        return Ok(AttemptView.From(found.Attempt));
    }

    private async Task<(QuizDefinition Quiz, QuizAttempt Attempt)?> OwnAttemptAsync(int attemptId, CancellationToken ct)
    {
        var attempt = await _attempts.FindAsync(attemptId, ct);
        if (attempt is null || attempt.AccountId != LearnerIdentity.AccountId(User) || await _lookup.QuizAsync(attempt.QuizId, ct) is not { } found)
        {
            return null;
        }

        return (found.Quiz, attempt);
    }

    private async Task<IActionResult?> ManagedAsync(int courseId, CancellationToken ct)
    {
        var course = await _lookup.CourseAsync(courseId, ct);
        if (course is null)
        {
            return Problem(404, "Không có khóa học này.");
        }

        return await _access.CanManageAsync(User, course, ct) ? null : Problem(403, "Không có quyền sửa nội dung khóa học này.");
    }

    private ObjectResult NotFoundOrForbidden(bool exists) =>
        exists ? Problem(403, "Không có quyền với bài kiểm tra này.") : Problem(404, "Không có bài kiểm tra này.");

    private static ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
