namespace Intranet.Learning.Services.Certs;

/// <summary>What a certificate PDF says.</summary>
internal sealed record CertificateDocument(
    string IssuerName,
    string HolderName,
    string CourseTitle,
    IReadOnlyList<string> ItModules,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    string Serial,
    string VerificationUrl);
