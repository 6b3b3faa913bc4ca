using System.Text.Json;
using Intranet.Core.Recipes;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Catalogue;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Recipes;

/// <summary>
/// <c>{"name":"courses","courses":[{title, description, itModules, level, durationHours, status, certificateValidMonths,
/// trainers:[email], owner, sections:[{title, lessons:[{title, kind: text|scorm|quiz, body, …}]}],
/// rules:[{tenant, rankCode, unitId, dueDays}], enrolments:[{email, dueOn, completedLessons: n|"all"}]}]}</c>.
/// SCORM and quiz lessons are built by their part's <see cref="ILessonRecipeHandler"/>; without one the lesson is
/// left out. Enrolments are recorded through <see cref="ILessonOutcomes"/>, so finished learners get their certificates.
/// </summary>
public sealed class CoursesStep : IRecipeStepHandler
{
    public string StepName => "courses";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        if (!step.Data.TryGetProperty("courses", out var courses) || courses.ValueKind != JsonValueKind.Array)
        {
            yield return $"Bước {step.Number} (courses): thiếu danh sách \"courses\".";
            yield break;
        }

        var i = 0;
        foreach (var course in courses.EnumerateArray())
        {
            i++;
            if (course.ValueKind != JsonValueKind.Object || Str(course, "title") is not { Length: > 0 })
            {
                yield return $"Bước {step.Number} (courses), khóa học {i}: thiếu \"title\".";
                continue;
            }

            foreach (var lesson in Array(course, "sections").SelectMany(s => Array(s, "lessons")))
            {
                if (!TryKind(Str(lesson, "kind"), out _))
                {
                    yield return $"Bước {step.Number} (courses), khóa học {i}: loại bài học '{Str(lesson, "kind")}' không hợp lệ (text, scorm, quiz).";
                }
            }
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var services = context.Services;
        var editor = services.GetRequiredService<CourseEditor>();
        var enrolments = services.GetRequiredService<EnrolmentService>();
        var outcomes = services.GetRequiredService<ILessonOutcomes>();
        var rules = services.GetRequiredService<EnrolmentRules>();
        var db = services.GetRequiredService<LearningDbContext>();
        var handlers = services.GetServices<ILessonRecipeHandler>().ToDictionary(h => h.Kind);
        var defaultOwner = context.Tenant.IsHost ? null : context.Tenant.Name;
        foreach (var json in step.Data.GetProperty("courses").EnumerateArray())
        {
            try
            {
                var course = await editor.CreateAsync(Str(json, "owner") ?? defaultOwner, ReadInput(json), "recipe", cancellationToken);
                var lessons = new List<Lesson>();
                foreach (var sectionJson in Array(json, "sections"))
                {
                    var section = await editor.AddSectionAsync(course, Str(sectionJson, "title"), cancellationToken);
                    foreach (var lessonJson in Array(sectionJson, "lessons"))
                    {
                        TryKind(Str(lessonJson, "kind"), out var kind);
                        if (kind != LessonKind.Text && !handlers.ContainsKey(kind))
                        {
                            continue;
                        }

                        var lesson = await editor.AddLessonAsync(course, section.Id, new Lesson { Title = Str(lessonJson, "title") ?? "", Kind = kind, BodyMarkdown = Str(lessonJson, "body") }, cancellationToken);
                        if (kind != LessonKind.Text)
                        {
                            lesson.ContentId = await handlers[kind].CreateContentAsync(course, lesson, lessonJson, context, cancellationToken);
                            await db.SaveChangesAsync(cancellationToken);
                        }

                        lessons.Add(lesson);
                    }
                }

                foreach (var ruleJson in Array(json, "rules"))
                {
                    var rule = new EnrolmentRule
                    {
                        CourseId = course.Id,
                        TenantName = Str(ruleJson, "tenant") ?? throw new LearningException(400, "Quy tắc ghi danh thiếu \"tenant\"."),
                        RankCode = Str(ruleJson, "rankCode"),
                        UnitId = Str(ruleJson, "unitId"),
                        DueDays = ruleJson.TryGetProperty("dueDays", out var d) && d.TryGetInt32(out var days) ? days : null,
                        CreatedBy = "recipe",
                    };
                    db.Add(rule);
                    await db.SaveChangesAsync(cancellationToken);
                    await rules.ApplyAsync(rule, cancellationToken);
                }

                await EnrolAsync(json, course, lessons, enrolments, outcomes, cancellationToken);
            }
            catch (LearningException ex)
            {
                throw new RecipeException($"Bước {step.Number} (courses), khóa học '{Str(json, "title")}': {ex.Message}");
            }
        }
    }

    private static async Task EnrolAsync(JsonElement json, Course course, List<Lesson> lessons, EnrolmentService enrolments, ILessonOutcomes outcomes, CancellationToken ct)
    {
        foreach (var enrolmentJson in Array(json, "enrolments"))
        {
            var learner = await enrolments.LearnerByEmailAsync(Str(enrolmentJson, "email"), ct)
                ?? throw new LearningException(400, $"không có tài khoản {Str(enrolmentJson, "email")}.");
            DateOnly? due = DateOnly.TryParseExact(Str(enrolmentJson, "dueOn") ?? "", "yyyy-MM-dd", out var parsed) ? parsed : null;
            var (enrolment, _) = await enrolments.EnrolAsync(course.Id, learner, EnrolmentSource.Trainer, "recipe", due, null, ct);
            var count = enrolmentJson.TryGetProperty("completedLessons", out var c)
                ? c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : lessons.Count
                : 0;
            foreach (var lesson in lessons.Take(count))
            {
                var graded = lesson.Kind is LessonKind.Quiz or LessonKind.Scorm;
                await outcomes.RecordAsync(enrolment.Id, lesson.Id, new LessonOutcome(true, graded ? true : null, graded ? 85 : null), ct);
            }
        }
    }

    private static CourseInput ReadInput(JsonElement json) => new()
    {
        Title = Str(json, "title"),
        Description = Str(json, "description"),
        ItModules = [.. Array(json, "itModules").Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)],
        Level = Enum.TryParse<CourseLevel>(Str(json, "level"), true, out var level) ? level : CourseLevel.Basic,
        DurationHours = json.TryGetProperty("durationHours", out var h) && h.TryGetInt32(out var hours) ? hours : 0,
        Status = Enum.TryParse<CourseStatus>(Str(json, "status"), true, out var status) ? status : CourseStatus.Published,
        CertificateValidMonths = json.TryGetProperty("certificateValidMonths", out var m) && m.TryGetInt32(out var months) ? months : null,
        Capacity = json.TryGetProperty("capacity", out var cap) && cap.TryGetInt32(out var capacity) ? capacity : null,
        TrainerEmails = [.. Array(json, "trainers").Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)],
    };

    private static bool TryKind(string? kind, out LessonKind parsed)
    {
        parsed = LessonKind.Text;
        switch (kind?.ToLowerInvariant())
        {
            case null or "text":
                return true;
            case "scorm":
                parsed = LessonKind.Scorm;
                return true;
            case "quiz":
                parsed = LessonKind.Quiz;
                return true;
            default:
                return false;
        }
    }

    private static string? Str(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<JsonElement> Array(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : [];
}
