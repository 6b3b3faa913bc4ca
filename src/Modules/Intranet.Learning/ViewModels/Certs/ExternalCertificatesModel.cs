using Intranet.Learning.Services.Certs;

namespace Intranet.Learning.ViewModels.Certs;

public sealed class ExternalCertificatesModel
{
    public IReadOnlyList<ExternalCertificateSummary> Certificates { get; init; } = [];

    public ExternalCertificateInput Input { get; set; } = new();

    public string? Message { get; set; }

    public string? Error { get; set; }
}
