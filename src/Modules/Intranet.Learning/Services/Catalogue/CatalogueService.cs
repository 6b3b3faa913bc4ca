using System.Security.Claims;
using Intranet.Learning.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>What a person sees of the catalogue, and progress of enrolments.</summary>
public sealed class CatalogueService
{
    private readonly LearningDbContext _db;
    private readonly ILearningAccess _access;

    public CatalogueService(LearningDbContext db, ILearningAccess access)
    {
        _db = db;
        _access = access;
    }

    /// <summary>
    /// Province courses and the given department's courses the user may see, filtered. Drafts show only to those
    /// who manage them. The folded title is matched word by word, so word order does not matter.
    /// </summary>
    public async Task<List<Course>> ListAsync(ClaimsPrincipal user, string? department, CatalogueFilter filter, CancellationToken ct)
    {
        var query = _db.Courses.AsNoTracking().Where(c => c.OwnerTenant == null || c.OwnerTenant == department);
        if (filter.Level is { } level)
        {
            query = query.Where(c => c.Level == level);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }
        else
        {
            query = query.Where(c => c.Status != CourseStatus.Archived);
        }

        if (CourseText.NormalizeModules([filter.Module ?? ""], out _) is { Length: > 0 } module)
        {
            query = query.Where(c => c.ItModules.Contains(module));
        }

        foreach (var word in CourseText.Fold(filter.Query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
        {
            query = query.Where(c => c.TitleFolded.Contains(word));
        }

        var courses = await query.OrderBy(c => c.OwnerTenant != null).ThenBy(c => c.Title).Take(500).ToListAsync(ct);
        var visible = new List<Course>(courses.Count);
        var manageCache = new Dictionary<string, bool>();
        foreach (var course in courses)
        {
            // One permission question per owner tenant, not per course.
            var key = (course.Status == CourseStatus.Published ? "v:" : "m:") + (course.OwnerTenant ?? "");
            if (!manageCache.TryGetValue(key, out var ok))
            {
                manageCache[key] = ok = await _access.CanViewAsync(user, course, ct);
            }

            if (ok)
            {
                visible.Add(course);
            }
        }

        return visible;
    }

    public Task<Course?> FindAsync(int id, CancellationToken ct) =>
        _db.Courses.Include(c => c.Trainers).Include(c => c.Prerequisites).FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<List<Section>> OutlineAsync(int courseId, CancellationToken ct)
    {
        var sections = await _db.Sections.AsNoTracking().Where(s => s.CourseId == courseId).OrderBy(s => s.Position).ToListAsync(ct);
        var lessons = await _db.Lessons.AsNoTracking().Where(l => l.CourseId == courseId).OrderBy(l => l.Position).ToListAsync(ct);
        foreach (var section in sections)
        {
            section.Lessons = [.. lessons.Where(l => l.SectionId == section.Id)];
        }

        return sections;
    }

    /// <summary>Progress of each enrolment id given, in one query.</summary>
    public async Task<Dictionary<int, CourseProgress>> ProgressAsync(IReadOnlyCollection<Enrolment> enrolments, CancellationToken ct)
    {
        var courseIds = enrolments.Select(e => e.CourseId).Distinct().ToList();
        var enrolmentIds = enrolments.Select(e => e.Id).ToList();
        var required = await _db.Lessons.AsNoTracking().Where(l => courseIds.Contains(l.CourseId) && l.Required)
            .Select(l => new { l.Id, l.CourseId }).ToListAsync(ct);
        var done = await _db.Progress.AsNoTracking().Where(p => enrolmentIds.Contains(p.EnrolmentId) && p.Completed && p.Passed != false)
            .Select(p => new { p.EnrolmentId, p.LessonId }).ToListAsync(ct);
        var doneSet = done.Select(d => (d.EnrolmentId, d.LessonId)).ToHashSet();
        return enrolments.ToDictionary(
            e => e.Id,
            e =>
            {
                var lessons = required.Where(l => l.CourseId == e.CourseId).ToList();
                return new CourseProgress(lessons.Count(l => doneSet.Contains((e.Id, l.Id))), lessons.Count);
            });
    }
}
