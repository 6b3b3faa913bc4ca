namespace Intranet.Learning.ViewModels.Certs;

public sealed class CourseCertificatesModel
{
    public int CourseId { get; init; }

    public string CourseTitle { get; init; } = "";

    public bool CanRevoke { get; init; }

    public IReadOnlyList<CertificateSummary> Certificates { get; init; } = [];

    public string? Message { get; set; }

    public string? Error { get; set; }
}
