using Intranet.Learning.Models;
using Intranet.Learning.Models.Certs;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Services.Certs;

/// <summary>External certificates as training evidence: the department reports count their holders as trained.</summary>
internal sealed class ExternalCertificateEvidence : ITrainingEvidenceSource
{
    public const string Source = "external-certificate";

    private readonly LearningDbContext _db;

    public ExternalCertificateEvidence(LearningDbContext db) => _db = db;

    public async Task<IReadOnlyList<TrainingEvidence>> ListAsync(string? tenantName, CancellationToken cancellationToken = default)
    {
        var query = _db.Set<ExternalCertificate>().AsNoTracking();
        if (tenantName is not null)
        {
            query = query.Where(c => c.TenantName == tenantName);
        }

        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows.Select(c => new TrainingEvidence(c.AccountId, c.TenantName, Source,
            ExternalCertificateKinds.Label(c.Kind) + " " + c.Number, ExternalCertificateKinds.Modules(c), c.IssuedOn, null))];
    }
}
