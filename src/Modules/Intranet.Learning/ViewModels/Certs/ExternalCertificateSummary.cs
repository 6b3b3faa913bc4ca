namespace Intranet.Learning.ViewModels.Certs;

/// <summary>A recorded external certificate (the scan is fetched separately).</summary>
public sealed record ExternalCertificateSummary(
    int Id,
    string HolderName,
    string Kind,
    string KindLabel,
    string Number,
    string Issuer,
    DateOnly IssuedOn,
    IReadOnlyList<string> ItModules,
    DateTime RecordedUtc);
