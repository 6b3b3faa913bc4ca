namespace Intranet.Learning.ViewModels.Certs;

public sealed class MyCertificatesModel
{
    public IReadOnlyList<CertificateSummary> Certificates { get; init; } = [];

    public IReadOnlyList<ExternalCertificateSummary> External { get; init; } = [];
}
