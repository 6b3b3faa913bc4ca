using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// The learner's side: start (or resume) an attempt, save answers, submit. The time limit is the server's: answers
/// that arrive after the deadline (plus a short grace for the network) are not taken; the attempt is graded on what
/// was saved before. Each finished attempt reports the quiz's result (highest or last) through <see cref="ILessonOutcomes"/>.
/// </summary>
public sealed class QuizAttempts
{
    /// <summary>Time allowed past the deadline for a submission already on its way.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    private readonly LearningDbContext _db;
    private readonly ILessonOutcomes _outcomes;
    private readonly TimeProvider _clock;

    public QuizAttempts(LearningDbContext db, ILessonOutcomes outcomes, TimeProvider clock)
    {
        _db = db;
        _outcomes = outcomes;
        _clock = clock;
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public Task<List<QuizAttempt>> ListAsync(int quizId, int enrolmentId, CancellationToken ct = default) =>
        _db.Set<QuizAttempt>().AsNoTracking().Where(a => a.QuizId == quizId && a.EnrolmentId == enrolmentId).OrderBy(a => a.Number).ToListAsync(ct);

    public Task<QuizAttempt?> FindAsync(int attemptId, CancellationToken ct = default) =>
        _db.Set<QuizAttempt>().Include(a => a.Items.OrderBy(i => i.Slot)).FirstOrDefaultAsync(a => a.Id == attemptId, ct);

    /// <summary>The attempt in progress (finishing it first if its time ran out), or a new one if attempts are left.</summary>
    public async Task<QuizAttempt> StartAsync(Lesson lesson, QuizDefinition quiz, Enrolment enrolment, CancellationToken ct = default)
    {
        var open = await _db.Set<QuizAttempt>().Include(a => a.Items)
            .FirstOrDefaultAsync(a => a.QuizId == quiz.Id && a.EnrolmentId == enrolment.Id && a.State == QuizAttemptState.InProgress, ct);
        if (open is not null && !await FinishIfExpiredAsync(open, quiz, ct))
        {
            return open;
        }

        var used = await _db.Set<QuizAttempt>().CountAsync(a => a.QuizId == quiz.Id && a.EnrolmentId == enrolment.Id, ct);
        if (quiz.MaxAttempts is { } max && used >= max)
        {
            throw new QuizRuleException($"Bạn đã dùng hết {max} lần làm bài kiểm tra này.");
        }

        var pool = await QuizBuilder.Pool(_db, quiz).AsNoTracking().OrderBy(q => q.Id).ToListAsync(ct);
        var random = Random.Shared;
        List<Question> drawn;
        if (quiz.DrawCount is { } count)
        {
            // A random draw takes questions that are answered; descriptions only make sense in a fixed quiz.
            drawn = [.. pool.Where(q => q.Type != QuestionType.Description)];
            AttemptQuestion.Shuffle(drawn, random);
            drawn = [.. drawn.Take(count)];
        }
        else
        {
            drawn = pool;
            if (quiz.ShuffleQuestions)
            {
                AttemptQuestion.Shuffle(drawn, random);
            }
        }

        if (drawn.Count == 0)
        {
            throw new QuizRuleException("Bài kiểm tra chưa có câu hỏi nào trong ngân hàng câu hỏi; hãy báo giảng viên.");
        }

        var now = Now;
        var attempt = new QuizAttempt
        {
            QuizId = quiz.Id, LessonId = lesson.Id, CourseId = quiz.CourseId, EnrolmentId = enrolment.Id, AccountId = enrolment.AccountId,
            DisplayName = enrolment.DisplayName, TenantName = enrolment.TenantName, Number = used + 1, State = QuizAttemptState.InProgress,
            StartedUtc = now, DeadlineUtc = quiz.TimeLimitMinutes is { } minutes ? now.AddMinutes(minutes) : null,
        };
        for (var i = 0; i < drawn.Count; i++)
        {
            attempt.Items.Add(new QuizAttemptItem { Slot = i + 1, QuestionId = drawn[i].Id, QuestionJson = QuizJson.Write(AttemptQuestion.From(drawn[i], random, quiz.ShuffleChoices)) });
        }

        _db.Set<QuizAttempt>().Add(attempt);
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two tabs started at once: the unique (quiz, enrolment, number) index let one through.
            _db.ChangeTracker.Clear();
            throw new QuizRuleException("Một lần làm bài khác vừa được bắt đầu; hãy tải lại trang.");
        }

        return attempt;
    }

    /// <summary>Saves answers of an attempt in progress; false when the time had run out (the attempt is then finished).</summary>
    public async Task<bool> SaveAsync(QuizAttempt attempt, QuizDefinition quiz, IReadOnlyDictionary<int, QuizResponse> responses, CancellationToken ct = default)
    {
        EnsureInProgress(attempt);
        if (await FinishIfExpiredAsync(attempt, quiz, ct))
        {
            return false;
        }

        Store(attempt, responses);
        await _db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Stores the last answers (unless the time ran out) and grades the attempt.</summary>
    public async Task SubmitAsync(QuizAttempt attempt, QuizDefinition quiz, IReadOnlyDictionary<int, QuizResponse> responses, CancellationToken ct = default)
    {
        EnsureInProgress(attempt);
        if (await FinishIfExpiredAsync(attempt, quiz, ct))
        {
            return;
        }

        Store(attempt, responses);
        await FinishAsync(attempt, quiz, QuizAttemptState.Submitted, ct);
    }

    /// <summary>Finishes an attempt whose deadline (plus grace) has passed, graded on what was saved; true if it did.</summary>
    public async Task<bool> FinishIfExpiredAsync(QuizAttempt attempt, QuizDefinition quiz, CancellationToken ct = default)
    {
        if (attempt.State != QuizAttemptState.InProgress || attempt.DeadlineUtc is not { } deadline || Now <= deadline + Grace)
        {
            return false;
        }

        await FinishAsync(attempt, quiz, QuizAttemptState.TimedOut, ct);
        return true;
    }

    private static void EnsureInProgress(QuizAttempt attempt)
    {
        if (attempt.State != QuizAttemptState.InProgress)
        {
            throw new QuizRuleException("Lần làm bài này đã nộp; không sửa được câu trả lời nữa.");
        }
    }

    private static void Store(QuizAttempt attempt, IReadOnlyDictionary<int, QuizResponse> responses)
    {
        foreach (var item in attempt.Items)
        {
            if (responses.TryGetValue(item.Slot, out var response))
            {
                item.ResponseJson = QuizJson.Write(Trim(response));
            }
        }
    }

    private static QuizResponse Trim(QuizResponse response) => response with
    {
        Text = response.Text is { Length: > QuizResponse.MaxTextLength } text ? text[..QuizResponse.MaxTextLength] : response.Text,
        Choices = response.Choices?.Take(100).ToList(),
        Matches = response.Matches?.Take(100).ToList(),
    };

    private async Task FinishAsync(QuizAttempt attempt, QuizDefinition quiz, QuizAttemptState state, CancellationToken ct)
    {
        var graded = new List<(AttemptQuestion, decimal?)>();
        foreach (var item in attempt.Items)
        {
            var question = QuizJson.Read<AttemptQuestion>(item.QuestionJson) ?? new AttemptQuestion { Type = QuestionType.Description };
            item.Fraction = QuizGrader.Grade(question, QuizJson.Read<QuizResponse>(item.ResponseJson));
            graded.Add((question, item.Fraction));
        }

        attempt.State = state;
        attempt.FinishedUtc = Now;
        attempt.ScorePercent = QuizGrader.Score(graded);
        attempt.Passed = attempt.ScorePercent >= quiz.PassPercent;
        await _db.SaveChangesAsync(ct);

        var finished = await _db.Set<QuizAttempt>().AsNoTracking()
            .Where(a => a.QuizId == quiz.Id && a.EnrolmentId == attempt.EnrolmentId && a.State != QuizAttemptState.InProgress)
            .Select(a => new { a.Number, a.ScorePercent })
            .ToListAsync(ct);
        var result = QuizResult(quiz.Grading, finished.Select(a => (a.Number, a.ScorePercent ?? 0)));
        var passed = quiz.PassPercent > 0 ? result >= quiz.PassPercent : (bool?)null;
        await _outcomes.RecordAsync(attempt.EnrolmentId, attempt.LessonId, new LessonOutcome(Completed: true, Passed: passed, ScorePercent: result), ct);
    }

    /// <summary>The quiz's result over the finished attempts: the highest score, or the last attempt's.</summary>
    public static decimal QuizResult(QuizGrading grading, IEnumerable<(int Number, decimal Score)> attempts)
    {
        var list = attempts.ToList();
        if (list.Count == 0)
        {
            return 0;
        }

        return grading == QuizGrading.Last ? list.MaxBy(a => a.Number).Score : list.Max(a => a.Score);
    }
}
