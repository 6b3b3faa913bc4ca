namespace Intranet.Learning.ViewModels.Certs;

/// <summary>
/// What anyone may know of a certificate from its serial: the holder's name, the course, the dates and whether it
/// holds (<c>valid</c>, <c>revoked</c>, <c>expired</c>). Nothing else — no department, account or reason.
/// </summary>
public sealed record CertificateVerification(string Serial, string HolderName, string CourseTitle, DateOnly IssuedOn, DateOnly? ValidUntil, string State);
