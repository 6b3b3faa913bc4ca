using Intranet.Core.Accounts;
using Intranet.Core.Validation;
using Intranet.Learning.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// Creates and changes courses, sections and text lessons; every path (pages, API, recipe) goes through here so the
/// checks are one. The caller has already decided the user may manage the course's tenant.
/// </summary>
public sealed class CourseEditor
{
    private readonly LearningDbContext _db;
    private readonly IAccountDirectory _accounts;
    private readonly TimeProvider _clock;

    public CourseEditor(LearningDbContext db, IAccountDirectory accounts, TimeProvider clock)
    {
        _db = db;
        _accounts = accounts;
        _clock = clock;
    }

    public async Task<Course> CreateAsync(string? ownerTenant, CourseInput input, string actor, CancellationToken ct)
    {
        var course = new Course { OwnerTenant = ownerTenant, CreatedBy = actor, CreatedUtc = _clock.GetUtcNow().UtcDateTime };
        await ApplyAsync(course, input, ct);
        _db.Courses.Add(course);
        await _db.SaveChangesAsync(ct);
        await SetPrerequisitesAsync(course, input.PrerequisiteIds, ct);
        return course;
    }

    public async Task UpdateAsync(Course course, CourseInput input, CancellationToken ct)
    {
        await _db.Entry(course).Collection(c => c.Trainers).LoadAsync(ct);
        await ApplyAsync(course, input, ct);
        await _db.SaveChangesAsync(ct);
        await SetPrerequisitesAsync(course, input.PrerequisiteIds, ct);
    }

    public async Task<Section> AddSectionAsync(Course course, string? title, CancellationToken ct)
    {
        var clean = CheckTitle(title, "Tên phần", "title");
        var position = await _db.Sections.Where(s => s.CourseId == course.Id).Select(s => (int?)s.Position).MaxAsync(ct) ?? 0;
        var section = new Section { CourseId = course.Id, Title = clean, Position = position + 1 };
        _db.Sections.Add(section);
        Touch(course);
        await _db.SaveChangesAsync(ct);
        return section;
    }

    /// <summary>Adds a lesson at the end of a section (text body, or a stored file, or a SCORM/quiz content id).</summary>
    public async Task<Lesson> AddLessonAsync(Course course, int sectionId, Lesson lesson, CancellationToken ct)
    {
        if (!await _db.Sections.AnyAsync(s => s.Id == sectionId && s.CourseId == course.Id, ct))
        {
            throw new LearningException(404, "Không tìm thấy phần này trong khóa học.", "sectionId");
        }

        lesson.Title = CheckTitle(lesson.Title, "Tên bài học", "title");
        if (lesson.Kind == LessonKind.Text && (lesson.BodyMarkdown?.Length ?? 0) > 200_000)
        {
            throw new LearningException(422, "Nội dung bài học quá dài (tối đa 200.000 ký tự).", "body");
        }

        var position = await _db.Lessons.Where(l => l.SectionId == sectionId).Select(l => (int?)l.Position).MaxAsync(ct) ?? 0;
        lesson.CourseId = course.Id;
        lesson.SectionId = sectionId;
        lesson.Position = position + 1;
        _db.Lessons.Add(lesson);
        Touch(course);
        await _db.SaveChangesAsync(ct);
        return lesson;
    }

    public async Task<bool> DeleteLessonAsync(Course course, int lessonId, CancellationToken ct)
    {
        var lesson = await _db.Lessons.FirstOrDefaultAsync(l => l.Id == lessonId && l.CourseId == course.Id, ct);
        if (lesson is null)
        {
            return false;
        }

        // Progress of the lesson goes with it; completions already reached stay (a course is not "un-completed").
        await _db.Progress.Where(p => p.LessonId == lessonId).ExecuteDeleteAsync(ct);
        _db.Lessons.Remove(lesson);
        Touch(course);
        await _db.SaveChangesAsync(ct);
        return true;
    }

    private static string CheckTitle(string? title, string label, string field)
    {
        var clean = title?.Trim() ?? "";
        if (clean.Length == 0)
        {
            throw new LearningException(400, $"{label} không được để trống.", field);
        }

        if (clean.Length > 200)
        {
            throw new LearningException(400, $"{label} dài quá 200 ký tự.", field);
        }

        if (NameRule.Check(clean, label) is { } error)
        {
            throw new LearningException(400, error, field);
        }

        return clean;
    }

    private async Task ApplyAsync(Course course, CourseInput input, CancellationToken ct)
    {
        var title = CheckTitle(input.Title, "Tên khóa học", "title");
        var modules = CourseText.NormalizeModules(input.ItModules, out var unknown)
            ?? throw new LearningException(400, $"Mô-đun không có trong TT 03/2014 (IU01–IU15): {string.Join(", ", unknown)}.", "itModules");
        if ((input.Description?.Length ?? 0) > 20_000)
        {
            throw new LearningException(400, "Mô tả dài quá 20.000 ký tự.", "description");
        }

        if (input.DurationHours is < 0 or > 10_000)
        {
            throw new LearningException(400, "Thời lượng phải từ 0 đến 10.000 giờ.", "durationHours");
        }

        if (input.Capacity is < 1 or > 1_000_000)
        {
            throw new LearningException(400, "Số chỗ phải là số dương.", "capacity");
        }

        if (input.CertificateValidMonths is < 1 or > 600)
        {
            throw new LearningException(400, "Thời hạn chứng chỉ phải từ 1 đến 600 tháng.", "certificateValidMonths");
        }

        if (input.OpensOn is { } opens && input.ClosesOn is { } closes && closes < opens)
        {
            throw new LearningException(400, "Ngày đóng phải sau ngày mở.", "closesOn");
        }

        if (!Enum.IsDefined(input.Level) || !Enum.IsDefined(input.Status))
        {
            throw new LearningException(400, "Trình độ hoặc trạng thái không hợp lệ.", "level");
        }

        course.Title = title;
        course.TitleFolded = CourseText.Fold(title);
        course.DescriptionMarkdown = input.Description?.Trim() ?? "";
        course.ItModules = modules;
        course.Level = input.Level;
        course.DurationHours = input.DurationHours;
        course.OpensOn = input.OpensOn;
        course.ClosesOn = input.ClosesOn;
        course.Capacity = input.Capacity;
        course.Status = input.Status;
        course.CertificateValidMonths = input.CertificateValidMonths;
        Touch(course);
        await SetTrainersAsync(course, input.TrainerEmails, ct);
    }

    private async Task SetTrainersAsync(Course course, IReadOnlyList<string>? emails, CancellationToken ct)
    {
        if (emails is null)
        {
            return;
        }

        var trainers = new List<CourseTrainer>();
        foreach (var email in emails.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(50))
        {
            var account = (email.Length <= 256 ? await _accounts.FindByEmailAsync(email, ct) : null)
                ?? throw new LearningException(400, $"Không có tài khoản với thư điện tử {email}.", "trainerEmails");
            trainers.Add(new CourseTrainer { AccountId = account.Id, DisplayName = account.FullName });
        }

        course.Trainers.Clear();
        course.Trainers.AddRange(trainers);
    }

    private async Task SetPrerequisitesAsync(Course course, IReadOnlyList<int>? ids, CancellationToken ct)
    {
        if (ids is null)
        {
            return;
        }

        var wanted = ids.Where(id => id != course.Id).Distinct().Take(20).ToList();
        var existing = await _db.Courses.Where(c => wanted.Contains(c.Id) && (c.OwnerTenant == null || c.OwnerTenant == course.OwnerTenant))
            .Select(c => c.Id).ToListAsync(ct);
        if (existing.Count != wanted.Count)
        {
            throw new LearningException(400, "Khóa học tiên quyết không tồn tại.", "prerequisiteIds");
        }

        await _db.Set<CoursePrerequisite>().Where(p => p.CourseId == course.Id).ExecuteDeleteAsync(ct);
        _db.Set<CoursePrerequisite>().AddRange(existing.Select(id => new CoursePrerequisite { CourseId = course.Id, RequiredCourseId = id }));
        await _db.SaveChangesAsync(ct);
    }

    private void Touch(Course course) => course.UpdatedUtc = _clock.GetUtcNow().UtcDateTime;
}
