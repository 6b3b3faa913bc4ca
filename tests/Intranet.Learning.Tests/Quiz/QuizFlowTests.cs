using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intranet.Core.Uploads;
using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services.Quiz;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Quiz;

/// <summary>A trainer imports GIFT and sets a quiz up; a learner takes it through the API; results, limits and access.</summary>
public sealed class QuizFlowTests : IClassFixture<QuizFixture>
{
    private const string Gift = """
        ::CPU::Bộ phận nào xử lý lệnh?{=CPU ~RAM ~Chuột}

        ::Thủ đô::Thủ đô của Việt Nam?{=Hà Nội}

        ::KB::1 KB bằng bao nhiêu byte?{#1024:0}

        ::Phím tắt::Ghép phím tắt.{=Ctrl+C -> Sao chép =Ctrl+V -> Dán}

        ::HĐH::Windows là một hệ điều hành.{T}
        """;

    private readonly QuizFixture _f;

    public QuizFlowTests(QuizFixture fixture) => _f = fixture;

    [Fact]
    public async Task A_learner_who_answers_everything_right_passes_and_the_lesson_is_recorded_with_results_and_analysis()
    {
        var (courseId, sectionId) = await _f.CourseAsync();
        var enrolmentId = await _f.EnrolAsync(courseId, _f.LearnerId);
        var lessonId = await CreateQuizAsync(_f.Admin, courseId, sectionId, new { title = "Kiểm tra cuối khóa", passPercent = 80, maxAttempts = 2, grading = 0 });

        using var learner = await _f.ClientAsync(_f.LearnerEmail);
        var started = await learner.PostAsync($"/api/learning/quiz/{lessonId}/attempts", null);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var attempt = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, attempt.GetProperty("items").GetArrayLength());
        Assert.DoesNotContain("fraction\":1", await started.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var submitted = await learner.PostAsJsonAsync($"/api/learning/quiz/attempts/{attempt.GetProperty("id").GetInt32()}/submit", new { answers = RightAnswers(attempt) });
        var body = await submitted.Content.ReadAsStringAsync();
        Assert.True(submitted.IsSuccessStatusCode, body);
        var graded = JsonDocument.Parse(body).RootElement;
        Assert.Equal(100m, graded.GetProperty("scorePercent").GetDecimal());
        Assert.True(graded.GetProperty("passed").GetBoolean());

        var progress = await _f.DbAsync(db => db.Progress.AsNoTracking().SingleAsync(p => p.EnrolmentId == enrolmentId && p.LessonId == lessonId));
        Assert.True(progress.Completed);
        Assert.True(progress.Passed);
        Assert.Equal(100m, progress.ScorePercent);

        var results = await _f.Admin.GetFromJsonAsync<JsonElement>($"/api/learning/quizzes/{await QuizIdAsync(lessonId)}/results");
        Assert.Equal(1, results.GetProperty("attempts").GetArrayLength());
        Assert.Equal(5, results.GetProperty("questions").GetArrayLength());
        Assert.All(results.GetProperty("questions").EnumerateArray(), q => Assert.Equal(100m, q.GetProperty("shareCorrect").GetDecimal()));

        // The XLSX export reads back with Core's spreadsheet reader: one row per attempt.
        var xlsx = await _f.ServicesAsync(async sp =>
        {
            var quizId = await QuizIdAsync(lessonId);
            var (attempts, stats) = await sp.GetRequiredService<QuizResults>().LoadAsync(quizId);
            var quiz = await sp.GetRequiredService<Models.LearningDbContext>().Set<QuizDefinition>().SingleAsync(q => q.Id == quizId);
            return QuizResultsWorkbook.Build(quiz, attempts, stats);
        });
        using var stream = new MemoryStream(xlsx);
        var rows = UploadTables.Read(stream, "ket-qua.xlsx", UploadLimits.Default).ToList();
        Assert.Equal("Học viên", rows[0].Cells[0]);
        Assert.Equal(100m, decimal.Parse(rows[1].Cells[6]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Answers_sent_after_the_time_limit_are_not_taken_and_used_attempts_stop_a_new_start()
    {
        var (courseId, sectionId) = await _f.CourseAsync();
        await _f.EnrolAsync(courseId, _f.LearnerId);
        var lessonId = await CreateQuizAsync(_f.Admin, courseId, sectionId, new { title = "Có giờ", timeLimitMinutes = 1, maxAttempts = 1, passPercent = 50 });

        using var learner = await _f.ClientAsync(_f.LearnerEmail);
        var attempt = JsonDocument.Parse(await (await learner.PostAsync($"/api/learning/quiz/{lessonId}/attempts", null)).Content.ReadAsStringAsync()).RootElement;
        var attemptId = attempt.GetProperty("id").GetInt32();
        await _f.DbAsync(db => db.Set<QuizAttempt>().Where(a => a.Id == attemptId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.DeadlineUtc, DateTime.UtcNow.AddMinutes(-2))));

        var late = await learner.PostAsJsonAsync($"/api/learning/quiz/attempts/{attemptId}/submit", new { answers = RightAnswers(attempt) });
        var graded = JsonDocument.Parse(await late.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("TimedOut", graded.GetProperty("state").GetString());
        Assert.Equal(0m, graded.GetProperty("scorePercent").GetDecimal());

        var again = await learner.PostAsync($"/api/learning/quiz/{lessonId}/attempts", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("hết 1 lần", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_gift_upload_is_a_422_naming_the_line_and_adds_nothing()
    {
        var (courseId, _) = await _f.CourseAsync();
        var response = await ImportAsync(_f.Admin, courseId, "Đúng {=a ~b}\n\nThiếu đóng {=a ~b\n", dryRun: false);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(3, problem.GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.Equal(0, await _f.DbAsync(db => db.Set<Question>().CountAsync(q => q.CourseId == courseId)));
    }

    [Fact]
    public async Task A_member_of_another_department_cannot_see_or_change_a_department_courses_questions_quiz_or_results()
    {
        var (courseId, sectionId) = await _f.CourseAsync(owner: _f.A);
        using var trainer = await _f.ClientAsync(_f.TrainerA);
        var lessonId = await CreateQuizAsync(trainer, courseId, sectionId, new { title = "Bài của sở A" });
        var quizId = await QuizIdAsync(lessonId);
        await _f.EnrolAsync(courseId, _f.MemberBId, _f.B);

        using var outsider = await _f.ClientAsync(_f.MemberB);
        Assert.Contains((await outsider.GetAsync($"/api/learning/courses/{courseId}/questions")).StatusCode, Denied);
        Assert.Contains((await ImportAsync(outsider, courseId, Gift, dryRun: false)).StatusCode, Denied);
        Assert.Contains((await outsider.GetAsync($"/api/learning/quizzes/{quizId}")).StatusCode, Denied);
        Assert.Contains((await outsider.PutAsJsonAsync($"/api/learning/quizzes/{quizId}", new { title = "Đổi" })).StatusCode, Denied);
        Assert.Contains((await outsider.GetAsync($"/api/learning/quizzes/{quizId}/results")).StatusCode, Denied);
        Assert.Contains((await outsider.PostAsync($"/api/learning/quiz/{lessonId}/attempts", null)).StatusCode, Denied);
        Assert.Equal(HttpStatusCode.OK, (await trainer.GetAsync($"/api/learning/courses/{courseId}/questions")).StatusCode);
        Assert.Equal(5, await _f.DbAsync(db => db.Set<Question>().CountAsync(q => q.CourseId == courseId)));
    }

    private static readonly HttpStatusCode[] Denied = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    private async Task<int> CreateQuizAsync(HttpClient trainer, int courseId, int sectionId, object settings)
    {
        var imported = await ImportAsync(trainer, courseId, Gift, dryRun: false);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        var created = await trainer.PostAsJsonAsync($"/api/learning/courses/{courseId}/quizzes", new { sectionId, settings });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("lessonId").GetInt32();
    }

    private Task<int> QuizIdAsync(int lessonId) => _f.DbAsync(async db => (await db.Lessons.SingleAsync(l => l.Id == lessonId)).ContentId!.Value);

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, int courseId, string text, bool dryRun)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "cau-hoi.gift");
        return await client.PostAsync($"/api/learning/courses/{courseId}/questions/import?dryRun={(dryRun ? "true" : "false")}", form);
    }

    /// <summary>The right answer to each of <see cref="Gift"/>'s questions, found by its text as the learner sees it.</summary>
    private static List<object> RightAnswers(JsonElement attempt)
    {
        var answers = new List<object>();
        foreach (var item in attempt.GetProperty("items").EnumerateArray())
        {
            var slot = item.GetProperty("slot").GetInt32();
            var choices = item.GetProperty("choices").EnumerateArray().ToList();
            int Choice(string text) => choices.Single(c => c.GetProperty("text").GetString() == text).GetProperty("index").GetInt32();
            var rights = item.GetProperty("rights").EnumerateArray().Select(r => r.GetString()).ToList();
            answers.Add(item.GetProperty("type").GetString() switch
            {
                "SingleChoice" => new { slot, choices = new[] { Choice("CPU") } },
                "TrueFalse" => new { slot, choices = new[] { Choice("Đúng") } },
                "ShortAnswer" => new { slot, text = "ha noi" },
                "Numerical" => new { slot, text = "1024" },
                "Matching" => new { slot, matches = choices.Select(c => (int?)rights.IndexOf(c.GetProperty("text").GetString() == "Ctrl+C" ? "Sao chép" : "Dán")).ToArray() },
                var other => throw new InvalidOperationException(other),
            });
        }

        return answers;
    }
}
