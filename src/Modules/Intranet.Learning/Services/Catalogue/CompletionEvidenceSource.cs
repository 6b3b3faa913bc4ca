using Intranet.Learning.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>Completed enrolments as training evidence: the course's IU modules, on the completion date.</summary>
internal sealed class CompletionEvidenceSource : ITrainingEvidenceSource
{
    private readonly LearningDbContext _db;

    public CompletionEvidenceSource(LearningDbContext db) => _db = db;

    public async Task<IReadOnlyList<TrainingEvidence>> ListAsync(string? tenantName, CancellationToken cancellationToken = default)
    {
        var query = _db.Enrolments.AsNoTracking().Where(e => e.CompletedUtc != null && e.Status != EnrolmentStatus.Withdrawn);
        if (tenantName is not null)
        {
            query = query.Where(e => e.TenantName == tenantName);
        }

        var rows = await query
            .Join(_db.Courses, e => e.CourseId, c => c.Id, (e, c) => new { e.AccountId, e.TenantName, c.Title, c.ItModules, e.CompletedUtc })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TrainingEvidence(
            r.AccountId, r.TenantName, "course", r.Title, CourseText.SplitModules(r.ItModules), DateOnly.FromDateTime(r.CompletedUtc!.Value), null))];
    }
}
