namespace Intranet.Learning.ViewModels.Certs;

/// <summary>A certificate as its holder or the course's trainers see it.</summary>
public sealed record CertificateSummary(
    string Serial,
    int CourseId,
    string CourseTitle,
    string HolderName,
    IReadOnlyList<string> ItModules,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    string State,
    DateTime? RevokedUtc,
    string? RevocationReason,
    string VerificationUrl);
