using System.Security.Claims;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Scorm;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Scorm;

/// <summary>
/// Finds a SCORM lesson for a user through <see cref="ILearningAccess"/>: a learner enrolled in the course plays it
/// (and is recorded), a trainer who may build the course previews it (nothing recorded); anyone else gets nothing,
/// whether the lesson exists or not.
/// </summary>
public sealed class ScormLessons
{
    private readonly LearningDbContext _db;
    private readonly ILearningAccess _access;

    public ScormLessons(LearningDbContext db, ILearningAccess access)
    {
        _db = db;
        _access = access;
    }

    /// <summary>The lesson when the user may open it, else null.</summary>
    public async Task<ScormLesson?> FindAsync(ClaimsPrincipal user, int lessonId, CancellationToken ct)
    {
        var lesson = await _db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId && l.Kind == LessonKind.Scorm, ct);
        if (lesson?.ContentId is not { } packageId)
        {
            return null;
        }

        var course = await _db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == lesson.CourseId, ct);
        var package = await _db.Set<ScormPackage>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == packageId && p.CourseId == lesson.CourseId, ct);
        if (course is null || package is null)
        {
            return null;
        }

        var mayManage = await _access.CanManageAsync(user, course, ct);
        if (!mayManage && !await _access.CanViewAsync(user, course, ct))
        {
            return null;
        }

        var enrolment = await _access.FindEnrolmentAsync(user, course.Id, ct);
        return enrolment is null && !mayManage ? null : new ScormLesson(lesson, course, package, enrolment, mayManage);
    }

    /// <summary>The course when the user may build it, else null.</summary>
    public async Task<Course?> ManagedCourseAsync(ClaimsPrincipal user, int courseId, CancellationToken ct)
    {
        var course = await _db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        return course is not null && await _access.CanManageAsync(user, course, ct) ? course : null;
    }

    public Task<List<Section>> SectionsAsync(int courseId, CancellationToken ct) =>
        _db.Sections.AsNoTracking().Where(s => s.CourseId == courseId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(ct);
}
