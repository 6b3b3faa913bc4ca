using System.Diagnostics;
using System.Globalization;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Quiz;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Bench.Learning.Quiz;

/// <summary>
/// Grading 1,000 quiz attempts: (1) the grader alone over the attempts' JSON copies, as a submission reads them;
/// (2) each attempt started, answered and submitted through <see cref="QuizAttempts"/> on a SQLite file (draw,
/// copies, grading, the result through <see cref="ILessonOutcomes"/>), one learner after another.
/// </summary>
public static class QuizGradingBench
{
    private const string Gift = """
        ::C1::Bộ phận xử lý lệnh?{=CPU ~RAM ~Ổ cứng ~Chuột}

        ::C2::Thiết bị vào?{~%50%Bàn phím ~%50%Chuột ~%-100%Màn hình ~%-100%Loa}

        ::C3::Windows là hệ điều hành.{T}

        ::C4::Thủ đô của Việt Nam?{=Hà Nội =%50%HN}

        ::C5::Ghép phím tắt.{=Ctrl+C -> Sao chép =Ctrl+V -> Dán =Ctrl+Z -> Hoàn tác = -> In}

        ::C6::1 KB bằng bao nhiêu byte?{#1024:0}

        ::C7::Số pi?{#3.1..3.2}

        ::C8::Lưu tệp bằng phím {~Ctrl+P =Ctrl+S ~Ctrl+O} trong Word.
        """;

    public static async Task RunAsync(string[] args)
    {
        var attempts = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1_000;
        var perAttempt = args.Length > 1 && int.TryParse(args[1], out var q) ? q : 20;
        var folder = Path.Combine(Path.GetTempPath(), "bench-quiz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var provider = Services(Path.Combine(folder, "learning.db"));
            var (lessonId, quizId, enrolments) = await SeedAsync(provider, attempts, perAttempt);
            var endToEnd = await SubmitAllAsync(provider, lessonId, quizId, enrolments);
            var pure = await GraderOnlyAsync(provider, quizId);
            Print(attempts, perAttempt, endToEnd, pure);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ServiceProvider Services(string file)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<LearningDbContext>(o => o.UseSqlite($"Data Source={file};Pooling=true"));
        services.AddScoped<ILessonOutcomes, LessonOutcomes>();
        services.AddScoped<QuizBuilder>();
        services.AddScoped<QuizAttempts>();
        return services.BuildServiceProvider();
    }

    private static async Task<(int Lesson, int Quiz, List<Enrolment> Enrolments)> SeedAsync(ServiceProvider provider, int attempts, int perAttempt)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        var course = new Course { Title = "Bench", Status = CourseStatus.Published, CreatedBy = "bench" };
        course.Sections.Add(new Section { Title = "Phần 1", Position = 1 });
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        var builder = scope.ServiceProvider.GetRequiredService<QuizBuilder>();
        // A bank of 8 types × 10 = 80 questions; each attempt draws perAttempt of them.
        for (var i = 0; i < 10; i++)
        {
            await builder.AddAsync(course.Id, GiftParser.Parse(Gift), "bench");
        }

        var (quiz, lesson) = await builder.CreateAsync(course, course.Sections[0].Id, new QuizSettings { Title = "Bench", DrawCount = perAttempt, PassPercent = 50 });
        var enrolments = Enumerable.Range(1, attempts).Select(i => new Enrolment { CourseId = course.Id, AccountId = "acc-" + i, DisplayName = "Học viên " + i, EnrolledBy = "bench" }).ToList();
        db.Enrolments.AddRange(enrolments);
        await db.SaveChangesAsync();
        return (lesson.Id, quiz.Id, enrolments);
    }

    private static async Task<LatencyHistogramQuiz> SubmitAllAsync(ServiceProvider provider, int lessonId, int quizId, List<Enrolment> enrolments)
    {
        var histogram = new LatencyHistogramQuiz();
        var random = new Random(7);
        foreach (var enrolment in enrolments)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
            var service = scope.ServiceProvider.GetRequiredService<QuizAttempts>();
            var quiz = await db.Set<QuizDefinition>().SingleAsync(q => q.Id == quizId);
            var lesson = await db.Lessons.SingleAsync(l => l.Id == lessonId);
            var start = Stopwatch.GetTimestamp();
            var attempt = await service.StartAsync(lesson, quiz, enrolment);
            var responses = attempt.Items.ToDictionary(i => i.Slot, i => Answer(QuizJsonCopy(i), random));
            await service.SubmitAsync(attempt, quiz, responses);
            histogram.Add(Stopwatch.GetTimestamp() - start);
        }

        return histogram;
    }

    private static async Task<TimeSpan> GraderOnlyAsync(ServiceProvider provider, int quizId)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
        var items = await db.Set<QuizAttemptItem>().AsNoTracking().Select(i => new { i.QuestionJson, i.ResponseJson }).ToListAsync();
        var watch = Stopwatch.StartNew();
        decimal total = 0;
        foreach (var item in items)
        {
            var question = System.Text.Json.JsonSerializer.Deserialize<AttemptQuestion>(item.QuestionJson, JsonOptions)!;
            var response = item.ResponseJson is null ? null : System.Text.Json.JsonSerializer.Deserialize<QuizResponse>(item.ResponseJson, JsonOptions);
            total += QuizGrader.Grade(question, response) ?? 0;
        }

        watch.Stop();
        GC.KeepAlive(total);
        return watch.Elapsed;
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static AttemptQuestion QuizJsonCopy(QuizAttemptItem item) => System.Text.Json.JsonSerializer.Deserialize<AttemptQuestion>(item.QuestionJson, JsonOptions)!;

    /// <summary>A learner who is right about two times in three.</summary>
    private static QuizResponse Answer(AttemptQuestion q, Random random)
    {
        var right = random.Next(3) > 0;
        return q.Type switch
        {
            QuestionType.SingleChoice or QuestionType.TrueFalse => new QuizResponse([right ? q.Options.FindIndex(o => o.Fraction >= 1) : q.Options.FindIndex(o => o.Fraction <= 0)]),
            QuestionType.MultipleChoice => new QuizResponse([.. Enumerable.Range(0, q.Options.Count).Where(i => right == q.Options[i].Fraction > 0)]),
            QuestionType.ShortAnswer => new QuizResponse(Text: right ? "ha noi" : "hai phong"),
            QuestionType.Numerical => new QuizResponse(Text: right ? q.Options[0].Value?.ToString(CultureInfo.InvariantCulture) ?? "3.14" : "0"),
            QuestionType.Matching => new QuizResponse(Matches: [.. q.Order.Select(o => (int?)(right ? q.Rights.IndexOf(q.Options[o].Match!) : 0))]),
            _ => new QuizResponse(),
        };
    }

    private static void Print(int attempts, int perAttempt, LatencyHistogramQuiz endToEnd, TimeSpan pure)
    {
        var total = endToEnd.TotalMs;
        Console.WriteLine($"## Learning — grading {attempts:N0} quiz attempts");
        Console.WriteLine();
        Console.WriteLine($"{attempts:N0} learners, each drawing {perAttempt} of 80 questions (8 types), answering and submitting, one after another on one SQLite file (WAL).");
        Console.WriteLine();
        Console.WriteLine("| Measure | Value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| Start + answer + submit (grade, save, outcome), all attempts | {total / 1000:0.00} s ({attempts / (total / 1000):0} attempts/s) |");
        Console.WriteLine($"| Per attempt p50 / p95 / p99 / max | {endToEnd.Percentile(50):0.0} / {endToEnd.Percentile(95):0.0} / {endToEnd.Percentile(99):0.0} / {endToEnd.Max:0.0} ms |");
        Console.WriteLine($"| Grader alone over the {attempts * perAttempt:N0} saved answers (JSON copy read + grade) | {pure.TotalMilliseconds:0.0} ms |");
    }
}
