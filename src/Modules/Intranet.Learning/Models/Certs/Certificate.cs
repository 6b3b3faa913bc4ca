namespace Intranet.Learning.Models.Certs;

/// <summary>
/// A certificate issued for one completed enrolment. The course title, modules and holder's name are copied at
/// issue, so the certificate keeps saying what was certified when the course is renamed later.
/// </summary>
public sealed class Certificate
{
    public int Id { get; set; }

    /// <summary>Random, readable (see <c>CertificateSerials</c>): knowing one serial tells nothing about another.</summary>
    public string Serial { get; set; } = "";

    public int EnrolmentId { get; set; }

    public int CourseId { get; set; }

    /// <summary>The course's owner tenant at issue (null: a province course); revocation is decided there.</summary>
    public string? CourseTenant { get; set; }

    public string AccountId { get; set; } = "";

    public string HolderName { get; set; } = "";

    /// <summary>The holder's department at issue.</summary>
    public string? TenantName { get; set; }

    public string CourseTitle { get; set; } = "";

    /// <summary>TT 03/2014 modules, comma-separated ("IU01,IU02").</summary>
    public string ItModules { get; set; } = "";

    public DateTime IssuedUtc { get; set; }

    public DateOnly IssuedOn { get; set; }

    /// <summary>Last day of validity; null: does not expire.</summary>
    public DateOnly? ValidUntil { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public string? RevokedBy { get; set; }

    public string? RevocationReason { get; set; }

    /// <summary>When the re-certification reminder went out (once per certificate).</summary>
    public DateTime? ReminderSentUtc { get; set; }

    public CertificateState StateOn(DateOnly today) =>
        RevokedUtc is not null ? CertificateState.Revoked
        : ValidUntil is { } until && until < today ? CertificateState.Expired
        : CertificateState.Valid;
}
