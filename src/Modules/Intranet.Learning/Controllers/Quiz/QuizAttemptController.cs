using Intranet.Core.Web;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Quiz;
using Intranet.Learning.ViewModels.Quiz;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Quiz;

/// <summary>
/// The learner's quiz: <c>/learning/quiz/{lessonId}</c> (rules, attempts, start or continue) and
/// <c>/learning/quiz/attempts/{attemptId}</c> (answer, save, submit; review once finished). Only the enrolled
/// learner who owns an attempt sees it; the deadline is checked on every request.
/// </summary>
[Authorize]
[NoStore]
[Route("learning/quiz")]
public sealed class QuizAttemptController : Controller
{
    private readonly QuizLookup _lookup;
    private readonly QuizAttempts _attempts;
    private readonly ILearningAccess _access;

    public QuizAttemptController(QuizLookup lookup, QuizAttempts attempts, ILearningAccess access)
    {
        _lookup = lookup;
        _attempts = attempts;
        _access = access;
    }

    [HttpGet("{lessonId:int}")]
    public async Task<IActionResult> Index(int lessonId, CancellationToken ct) => await LessonPageAsync(lessonId, null, ct);

    [HttpPost("{lessonId:int}/start")]
    public async Task<IActionResult> Start(int lessonId, CancellationToken ct)
    {
        if (await LearnerAsync(lessonId, ct) is not { } found)
        {
            return NotFound();
        }

        if (found.Enrolment is null)
        {
            return Forbid();
        }

        try
        {
            var attempt = await _attempts.StartAsync(found.Lesson, found.Quiz, found.Enrolment, ct);
            return Redirect(Url.Content($"~/learning/quiz/attempts/{attempt.Id}"));
        }
        catch (QuizRuleException ex)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await LessonPageAsync(lessonId, ex.Message, ct);
        }
    }

    [HttpGet("attempts/{attemptId:int}")]
    public async Task<IActionResult> Attempt(int attemptId, CancellationToken ct)
    {
        if (await OwnAttemptAsync(attemptId, ct) is not { } found)
        {
            return NotFound();
        }

        await _attempts.FinishIfExpiredAsync(found.Attempt, found.Quiz, ct);
        return View("Attempt", Page(found.Lesson, found.Quiz, found.Attempt, found.Attempt.State == QuizAttemptState.TimedOut ? "Đã hết giờ làm bài; bài được chấm theo các câu trả lời đã lưu trước giờ kết thúc." : null));
    }

    [HttpPost("attempts/{attemptId:int}")]
    public async Task<IActionResult> Answer(int attemptId, [FromForm] string? intent, CancellationToken ct)
    {
        if (await OwnAttemptAsync(attemptId, ct) is not { } found)
        {
            return NotFound();
        }

        var form = Request.HasFormContentType ? await Request.ReadFormAsync(ct) : FormCollection.Empty;
        var responses = QuizForm.Read(form, Items(found.Attempt).Select(i => (i.Slot, i.Question)));
        string? message;
        try
        {
            if (intent == "submit")
            {
                await _attempts.SubmitAsync(found.Attempt, found.Quiz, responses, ct);
                message = found.Attempt.State == QuizAttemptState.TimedOut
                    ? "Đã hết giờ làm bài trước khi nộp; bài được chấm theo các câu trả lời đã lưu trước giờ kết thúc."
                    : "Đã nộp bài.";
            }
            else
            {
                message = await _attempts.SaveAsync(found.Attempt, found.Quiz, responses, ct)
                    ? "Đã lưu câu trả lời."
                    : "Đã hết giờ làm bài; câu trả lời vừa gửi không được nhận, bài được chấm theo các câu đã lưu trước đó.";
            }
        }
        catch (QuizRuleException ex)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            message = ex.Message;
        }

        return View("Attempt", Page(found.Lesson, found.Quiz, found.Attempt, message));
    }

    private static AttemptPage Page(Lesson lesson, QuizDefinition quiz, QuizAttempt attempt, string? message) =>
        new(lesson, quiz, attempt, Items(attempt), message);

    private static List<AttemptPageItem> Items(QuizAttempt attempt) =>
        [.. attempt.Items.OrderBy(i => i.Slot).Select(i => new AttemptPageItem(i.Slot,
            QuizJson.Read<AttemptQuestion>(i.QuestionJson) ?? new AttemptQuestion { Type = QuestionType.Description, Text = "?" },
            QuizJson.Read<QuizResponse>(i.ResponseJson), i.Fraction))];

    private async Task<IActionResult> LessonPageAsync(int lessonId, string? message, CancellationToken ct)
    {
        if (await LearnerAsync(lessonId, ct) is not { } found)
        {
            return NotFound();
        }

        if (found.Enrolment is null)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View("Index", new QuizLessonPage(found.Course, found.Lesson, found.Quiz, [], null, "Bạn chưa ghi danh khóa học này; hãy ghi danh trước khi làm bài kiểm tra."));
        }

        var attempts = await _attempts.ListAsync(found.Quiz.Id, found.Enrolment.Id, ct);
        var finished = attempts.Where(a => a.State != QuizAttemptState.InProgress).Select(a => (a.Number, a.ScorePercent ?? 0)).ToList();
        var result = finished.Count == 0 ? (decimal?)null : QuizAttempts.QuizResult(found.Quiz.Grading, finished);
        return View("Index", new QuizLessonPage(found.Course, found.Lesson, found.Quiz, attempts, result, message));
    }

    /// <summary>The quiz lesson when the user may see its course (else null: 404, the course's existence is not told).</summary>
    private async Task<(Course Course, Lesson Lesson, QuizDefinition Quiz, Enrolment? Enrolment)?> LearnerAsync(int lessonId, CancellationToken ct)
    {
        if (await _lookup.LessonAsync(lessonId, ct) is not { } found || !await _access.CanViewAsync(User, found.Course, ct))
        {
            return null;
        }

        return (found.Course, found.Lesson, found.Quiz, await _access.FindEnrolmentAsync(User, found.Course.Id, ct));
    }

    private async Task<(Lesson Lesson, QuizDefinition Quiz, QuizAttempt Attempt)?> OwnAttemptAsync(int attemptId, CancellationToken ct)
    {
        var attempt = await _attempts.FindAsync(attemptId, ct);
        if (attempt is null || attempt.AccountId != LearnerIdentity.AccountId(User) || await _lookup.LessonAsync(attempt.LessonId, ct) is not { } found)
        {
            return null;
        }

        return (found.Lesson, found.Quiz, attempt);
    }
}
