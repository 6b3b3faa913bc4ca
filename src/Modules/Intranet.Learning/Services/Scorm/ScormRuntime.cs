using System.Text.Json;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Scorm;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intranet.Learning.Services.Scorm;

/// <summary>
/// The server side of the runtime: a launch hands the SCO its stored data (resume) with a new launch number; a commit
/// stores what the SCO set, adds up session time per launch (re-sending the same session never counts twice), applies
/// the LMS's status rules and reports the outcome through <see cref="ILessonOutcomes"/> when it changes.
/// </summary>
public sealed class ScormRuntime
{
    /// <summary>A session longer than this is a clock error, not learning.</summary>
    private const decimal MaxSessionSeconds = 24 * 3600;

    private readonly LearningDbContext _db;
    private readonly ILessonOutcomes _outcomes;
    private readonly TimeProvider _clock;
    private readonly ScormOptions _options;

    public ScormRuntime(LearningDbContext db, ILessonOutcomes outcomes, TimeProvider clock, IOptions<ScormOptions> options)
    {
        _db = db;
        _outcomes = outcomes;
        _clock = clock;
        _options = options.Value;
    }

    /// <summary>Starts a launch for the learner (or a preview when <paramref name="enrolment"/> is null: nothing is saved).</summary>
    public async Task<ScormLaunch> LaunchAsync(Lesson lesson, ScormPackage package, Enrolment? enrolment, string learnerId, string learnerName, string contentBase, CancellationToken ct)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        var launch = 0;
        var entry = "ab-initio";
        decimal total = 0;
        if (enrolment is not null)
        {
            var attempt = await StartAttemptAsync(lesson, package, enrolment, ct);
            launch = attempt.Launch;
            total = attempt.PreviousSeconds;
            entry = attempt.Launch == 1 ? "ab-initio" : attempt.Exit == "suspend" ? "resume" : "";
            foreach (var (key, value) in Read(attempt.DataJson))
            {
                data[key] = value;
            }
        }

        var is2004 = package.Version == ScormVersion.Scorm2004;
        if (is2004)
        {
            data["cmi.learner_id"] = learnerId;
            data["cmi.learner_name"] = Limit(learnerName, 250);
            data.TryAdd("cmi.completion_status", "unknown");
            data.TryAdd("cmi.success_status", "unknown");
            data["cmi.entry"] = entry;
            data["cmi.credit"] = enrolment is null ? "no-credit" : "credit";
            data["cmi.mode"] = enrolment is null ? "browse" : "normal";
            data["cmi.total_time"] = ScormTime.FormatDuration(total);
            Put(data, "cmi.launch_data", package.LaunchData);
            Put(data, "cmi.completion_threshold", package.CompletionThreshold?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Put(data, "cmi.scaled_passing_score", package.ScaledPassingScore?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            data["cmi.core.student_id"] = learnerId;
            data["cmi.core.student_name"] = Limit(LastFirst(learnerName), 255);
            data.TryAdd("cmi.core.lesson_status", "not attempted");
            data["cmi.core.entry"] = entry;
            data["cmi.core.credit"] = enrolment is null ? "no-credit" : "credit";
            data["cmi.core.lesson_mode"] = enrolment is null ? "browse" : "normal";
            data["cmi.core.total_time"] = ScormTime.FormatTimespan(total);
            Put(data, "cmi.launch_data", package.LaunchData);
            Put(data, "cmi.student_data.mastery_score", package.MasteryScore?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        }

        var url = contentBase + string.Join('/', package.LaunchPath.Split('/').Select(Uri.EscapeDataString)) + (package.LaunchParameters ?? "");
        return new ScormLaunch(package.Version, url, launch, data, enrolment is not null);
    }

    /// <summary>Stores a commit of launch <paramref name="launch"/>; a commit of an older launch is ignored (a late beacon of a closed window).</summary>
    public async Task<ScormCommitResult> CommitAsync(Lesson lesson, ScormPackage package, Enrolment enrolment, int launch, ScormCommitKind kind, string json, CancellationToken ct)
    {
        if (json.Length > _options.MaxCommitBytes)
        {
            throw new ScormCommitException($"Dữ liệu bài học gửi lên lớn hơn giới hạn {_options.MaxCommitBytes / 1024} KB.");
        }

        var sent = Parse(json);
        var attempt = await _db.Set<ScormAttempt>().FirstOrDefaultAsync(a => a.EnrolmentId == enrolment.Id && a.LessonId == lesson.Id, ct);
        if (attempt is null || launch > attempt.Launch || launch < 1)
        {
            throw new ScormCommitException("Lượt mở bài học này không tồn tại: hãy mở lại bài học.", 409);
        }

        var before = Outcome(attempt);
        if (launch < attempt.Launch)
        {
            return Result(attempt, saved: false);
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (element, value) in sent)
        {
            if (ScormElements.MaxLength(package.Version, element) is { } max)
            {
                data[element] = value.Length > max ? value[..max] : value;
            }
        }

        var ending = kind != ScormCommitKind.Commit;
        var state = ScormRules.Apply(package, data, ending);
        attempt.Completion = state.Completion;
        attempt.Success = state.Success;
        attempt.ScoreRaw = state.ScoreRaw;
        attempt.ScoreMin = state.ScoreMin;
        attempt.ScoreMax = state.ScoreMax;
        attempt.ScoreScaled = state.ScoreScaled;
        attempt.ScorePercent = state.ScorePercent;
        attempt.Location = state.Location;
        attempt.Exit = state.Exit;
        if (state.SessionSeconds is { } session)
        {
            attempt.LaunchSeconds = Math.Max(attempt.LaunchSeconds, Math.Min(session, MaxSessionSeconds));
        }

        attempt.LaunchFinished |= ending;
        attempt.DataJson = JsonSerializer.Serialize(data.Where(p => !ScormElements.IsPerLaunch(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        attempt.UpdatedUtc = _clock.GetUtcNow().UtcDateTime;

        var after = state.Outcome;
        if (after != before || ending)
        {
            // One SaveChanges inside the outcome door stores the attempt and the progress together.
            await _outcomes.RecordAsync(enrolment.Id, lesson.Id, after, ct);
        }
        else
        {
            await _db.SaveChangesAsync(ct);
        }

        return Result(attempt, saved: true);
    }

    /// <summary>The learner's attempt in the lesson, or null.</summary>
    public Task<ScormAttempt?> FindAttemptAsync(int enrolmentId, int lessonId, CancellationToken ct) =>
        _db.Set<ScormAttempt>().AsNoTracking().FirstOrDefaultAsync(a => a.EnrolmentId == enrolmentId && a.LessonId == lessonId, ct);

    private async Task<ScormAttempt> StartAttemptAsync(Lesson lesson, ScormPackage package, Enrolment enrolment, CancellationToken ct)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var attempt = await _db.Set<ScormAttempt>().FirstOrDefaultAsync(a => a.EnrolmentId == enrolment.Id && a.LessonId == lesson.Id, ct);
        if (attempt is null)
        {
            attempt = new ScormAttempt { EnrolmentId = enrolment.Id, LessonId = lesson.Id, PackageId = package.Id, CreatedUtc = now };
            _db.Add(attempt);
        }
        else if (attempt.PackageId != package.Id)
        {
            // The trainer replaced the package: its data means nothing to the new SCO, but the time spent stays.
            attempt.PackageId = package.Id;
            attempt.DataJson = "{}";
            attempt.Exit = "";
        }

        attempt.PreviousSeconds += attempt.LaunchSeconds;
        attempt.LaunchSeconds = 0;
        attempt.LaunchFinished = false;
        attempt.Launch++;
        attempt.UpdatedUtc = now;
        enrolment.LastLessonId = lesson.Id;
        enrolment.LastActivityUtc = now;
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (attempt.Id == 0)
        {
            // Two tabs opened the lesson at once: the other created the attempt; launch on it.
            _db.ChangeTracker.Clear();
            var tracked = await _db.Enrolments.FirstAsync(e => e.Id == enrolment.Id, ct);
            return await StartAttemptAsync(lesson, package, tracked, ct);
        }

        return attempt;
    }

    /// <summary>The outcome last reported, or null before the first commit (so the first one is always reported).</summary>
    private static LessonOutcome? Outcome(ScormAttempt attempt) =>
        attempt.DataJson == "{}"
            ? null
            : new LessonOutcome(attempt.Completion is "completed" or "passed" or "failed" || attempt.Success == "passed",
                attempt.Success switch { "passed" => true, "failed" => false, _ => null }, attempt.ScorePercent);

    private static ScormCommitResult Result(ScormAttempt attempt, bool saved) =>
        new(saved, attempt.Completion, attempt.Success, attempt.ScorePercent, attempt.TotalSeconds,
            attempt.Completion is "completed" or "passed" || attempt.Success == "passed");

    private static Dictionary<string, string> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ScormCommitException("Dữ liệu bài học phải là một đối tượng JSON (tên phần tử → giá trị).");
            }

            var data = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (data.Count >= 20_000)
                {
                    throw new ScormCommitException("Dữ liệu bài học có quá nhiều phần tử.");
                }

                data[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString()!,
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => throw new ScormCommitException($"Giá trị của phần tử '{Shown(property.Name)}' phải là chuỗi."),
                };
            }

            return data;
        }
        catch (JsonException)
        {
            throw new ScormCommitException("Dữ liệu bài học không phải JSON hợp lệ.");
        }
    }

    private static Dictionary<string, string> Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string Limit(string text, int max) => text.Length > max ? text[..max] : text;

    private static string Shown(string name) => name.Length > 60 ? name[..60] + "…" : name;

    private static void Put(Dictionary<string, string> data, string key, string? value)
    {
        if (value is not null)
        {
            data[key] = value;
        }
    }

    /// <summary>1.2 wants "Last, First"; a Vietnamese name starts with the family name ("Nguyễn Văn An" → "Nguyễn, Văn An").</summary>
    private static string LastFirst(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? name[..space] + ", " + name[(space + 1)..] : name;
    }
}
