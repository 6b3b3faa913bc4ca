using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Scorm;
using Intranet.Learning.Services.Scorm;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Bench.Learning.Scorm;

/// <summary>
/// SCORM commits from 200 concurrent learners (target p99 ≤ 50 ms): each learner launches the lesson, then commits
/// its whole CMI (2 KB of suspend_data, a bookmark, a growing session time) through <see cref="ScormRuntime"/> —
/// the work of <c>POST /api/learning/scorm/{id}/commit</c> after authentication — and finishes with a finish commit
/// (which records the outcome through ILessonOutcomes). Two loads: every learner committing once a second
/// (what a SCO's page changes and the player's timer produce, and then some), and all 200 committing back to back.
/// Usage: bench/run.sh learning scorm [learners=200] [commitsPerLearner=20] [paceMs=1000]
/// </summary>
public static class ScormCommitBench
{
    public static async Task RunAsync(string[] args)
    {
        var learners = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var commits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var pace = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;

        await using var host = new ScormBenchHost();
        await host.MigrateAsync();
        var (lessonId, package, enrolments) = await SeedAsync(host, learners);

        Console.WriteLine("## Learning — SCORM commits from concurrent learners");
        Console.WriteLine();
        Console.WriteLine($"{learners} learners, {commits} commits each (the last a finish), {Environment.ProcessorCount} cores, SQLite host database in WAL mode, the module's services in process (no HTTP).");
        Console.WriteLine();
        Console.WriteLine("| load | commits | p50 ms | p95 ms | p99 ms | max ms | commits/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        await RoundAsync(host, $"each learner once per {pace} ms", lessonId, package, enrolments, commits, pace);
        await RoundAsync(host, "back to back (closed loop)", lessonId, package, enrolments, commits, 0);
    }

    private static async Task RoundAsync(ScormBenchHost host, string name, int lessonId, ScormPackage package, List<Enrolment> enrolments, int commits, int pace)
    {
        var latencies = new List<double>[enrolments.Count];
        var total = Stopwatch.StartNew();
        await Task.WhenAll(enrolments.Select((enrolment, index) => Task.Run(async () =>
        {
            var mine = latencies[index] = new List<double>(commits);
            int launch;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var runtime = scope.ServiceProvider.GetRequiredService<ScormRuntime>();
                var lesson = new Lesson { Id = lessonId, CourseId = package.CourseId, Kind = LessonKind.Scorm, ContentId = package.Id };
                launch = (await runtime.LaunchAsync(lesson, package, enrolment, enrolment.AccountId, enrolment.DisplayName, "/c/", default)).Launch;
            }

            // Spread the learners over the first interval, as real ones are.
            await Task.Delay(pace == 0 ? 0 : Random.Shared.Next(pace));
            var suspend = new string('x', 2048);
            for (var i = 1; i <= commits; i++)
            {
                var data = new Dictionary<string, string>
                {
                    ["cmi.core.lesson_status"] = i == commits ? "completed" : "incomplete",
                    ["cmi.core.lesson_location"] = i.ToString(CultureInfo.InvariantCulture),
                    ["cmi.suspend_data"] = suspend,
                    ["cmi.core.exit"] = "suspend",
                    ["cmi.core.session_time"] = "0000:00:" + Math.Min(59, i).ToString("00", CultureInfo.InvariantCulture),
                    ["cmi.core.score.raw"] = "80",
                };
                var json = JsonSerializer.Serialize(data);
                var started = Stopwatch.GetTimestamp();
                await using (var scope = host.Services.CreateAsyncScope())
                {
                    var runtime = scope.ServiceProvider.GetRequiredService<ScormRuntime>();
                    var lesson = new Lesson { Id = lessonId, CourseId = package.CourseId, Kind = LessonKind.Scorm, ContentId = package.Id };
                    await runtime.CommitAsync(lesson, package, enrolment, launch, i == commits ? ScormCommitKind.Finish : ScormCommitKind.Commit, json, default);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (pace > 0)
                {
                    await Task.Delay(pace);
                }
            }
        })));
        total.Stop();
        var all = latencies.SelectMany(l => l).Order().ToList();
        double P(double p) => all[Math.Clamp((int)Math.Ceiling(p / 100 * all.Count) - 1, 0, all.Count - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {all.Count} | {P(50):0.0} | {P(95):0.0} | {P(99):0.0} | {all[^1]:0.0} | {all.Count / total.Elapsed.TotalSeconds:0} |"));
    }

    private static async Task<(int LessonId, ScormPackage Package, List<Enrolment> Enrolments)> SeedAsync(ScormBenchHost host, int learners)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
        var now = DateTime.UtcNow;
        var course = new Course { Title = "An toàn thông tin cơ bản", TitleFolded = "an toan thong tin co ban", Status = CourseStatus.Published, CreatedBy = "bench", CreatedUtc = now, UpdatedUtc = now };
        course.Sections.Add(new Section { Title = "Phần 1", Position = 1 });
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        var package = new ScormPackage { CourseId = course.Id, Title = "Gói", Version = ScormVersion.Scorm12, Folder = "bench", LaunchPath = "index.html", MasteryScore = 70, UploadedBy = "bench", UploadedUtc = now };
        db.Add(package);
        await db.SaveChangesAsync();
        var lesson = new Lesson { CourseId = course.Id, SectionId = course.Sections[0].Id, Title = "Bài SCORM", Kind = LessonKind.Scorm, ContentId = package.Id, Position = 1 };
        db.Lessons.Add(lesson);
        var enrolments = Enumerable.Range(1, learners).Select(i => new Enrolment
        {
            CourseId = course.Id,
            AccountId = $"learner-{i:000}",
            DisplayName = $"Học viên {i}",
            TenantName = $"don-vi-{i % 20:00}",
            EnrolledBy = "bench",
            EnrolledUtc = now,
        }).ToList();
        db.Enrolments.AddRange(enrolments);
        await db.SaveChangesAsync();
        return (lesson.Id, package, enrolments);
    }
}
