using Intranet.Learning.Models;
using Intranet.Learning.Models.Certs;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Certs;

/// <summary>
/// Completed enrolments as training evidence, valid until their certificate expires; a completion whose certificate
/// was revoked no longer counts.
/// </summary>
internal sealed class CompletedCourseEvidence : ITrainingEvidenceSource
{
    public const string Source = "course";

    private readonly LearningDbContext _db;
    private readonly TimeProvider _clock;

    public CompletedCourseEvidence(LearningDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    public async Task<IReadOnlyList<TrainingEvidence>> ListAsync(string? tenantName, CancellationToken cancellationToken = default)
    {
        var enrolments = _db.Enrolments.AsNoTracking().Where(e => e.Status == EnrolmentStatus.Completed && e.CompletedUtc != null);
        if (tenantName is not null)
        {
            enrolments = enrolments.Where(e => e.TenantName == tenantName);
        }

        var rows = await (
            from e in enrolments
            join c in _db.Courses.AsNoTracking() on e.CourseId equals c.Id
            join k in _db.Set<Certificate>().AsNoTracking() on e.Id equals k.EnrolmentId into issued
            from k in issued.DefaultIfEmpty()
            where k == null || k.RevokedUtc == null
            select new { e.AccountId, e.TenantName, c.Title, c.ItModules, e.CompletedUtc, ValidUntil = k == null ? null : k.ValidUntil })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TrainingEvidence(r.AccountId, r.TenantName, Source, r.Title,
            r.ItModules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            LearningClock.DayOf(r.CompletedUtc!.Value, _clock), r.ValidUntil))];
    }
}
