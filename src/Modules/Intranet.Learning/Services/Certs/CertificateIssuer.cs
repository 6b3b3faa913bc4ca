using Intranet.Learning.Models;
using Intranet.Learning.Models.Certs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Intranet.Learning.Services.Certs;

/// <summary>
/// Issues the certificate of a completed enrolment, once: a second announcement of the same completion finds the
/// certificate there (and the unique index on the enrolment refuses a racing duplicate).
/// </summary>
internal sealed class CertificateIssuer : ICourseCompletionHandler
{
    private readonly LearningDbContext _db;
    private readonly TimeProvider _clock;
    private readonly ILogger<CertificateIssuer> _logger;

    public CertificateIssuer(LearningDbContext db, TimeProvider clock, ILogger<CertificateIssuer> logger)
    {
        _db = db;
        _clock = clock;
        _logger = logger;
    }

    public async Task CourseCompletedAsync(CourseCompletion completion, CancellationToken cancellationToken)
    {
        var certificates = _db.Set<Certificate>();
        if (await certificates.AnyAsync(c => c.EnrolmentId == completion.EnrolmentId, cancellationToken))
        {
            return;
        }

        var course = await _db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == completion.CourseId, cancellationToken);
        if (course is null)
        {
            return;
        }

        var issuedOn = LearningClock.DayOf(completion.CompletedUtc, _clock);
        var certificate = new Certificate
        {
            Serial = CertificateSerials.New(),
            EnrolmentId = completion.EnrolmentId,
            CourseId = course.Id,
            CourseTenant = course.OwnerTenant,
            AccountId = completion.AccountId,
            HolderName = completion.DisplayName,
            TenantName = completion.TenantName,
            CourseTitle = course.Title,
            ItModules = course.ItModules,
            IssuedUtc = completion.CompletedUtc,
            IssuedOn = issuedOn,

            // Valid for N months: the last valid day is the day before the same date N months on.
            ValidUntil = course.CertificateValidMonths is int months and > 0 ? issuedOn.AddMonths(months).AddDays(-1) : null,
        };
        certificates.Add(certificate);
        await _db.SaveChangesAsync(cancellationToken);
        _logger.LogInformation("Learning: certificate {Serial} issued for enrolment {EnrolmentId}.", certificate.Serial, completion.EnrolmentId);
    }
}
