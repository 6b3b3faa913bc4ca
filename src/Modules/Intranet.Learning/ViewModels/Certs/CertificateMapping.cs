using Intranet.Learning.Models.Certs;
using Intranet.Learning.Services.Certs;

namespace Intranet.Learning.ViewModels.Certs;

/// <summary>Entity → what pages and the API show.</summary>
internal static class CertificateMapping
{
    public static string StateName(CertificateState state) => state switch
    {
        CertificateState.Revoked => "revoked",
        CertificateState.Expired => "expired",
        _ => "valid",
    };

    public static string StateLabel(string state) => state switch
    {
        "revoked" => "Đã bị thu hồi",
        "expired" => "Đã hết hạn",
        _ => "Còn hiệu lực",
    };

    public static CertificateVerification Verification(Certificate c, DateOnly today) =>
        new(c.Serial, c.HolderName, c.CourseTitle, c.IssuedOn, c.ValidUntil, StateName(c.StateOn(today)));

    public static CertificateSummary Summary(Certificate c, DateOnly today, string verificationUrl) =>
        new(c.Serial, c.CourseId, c.CourseTitle, c.HolderName,
            c.ItModules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            c.IssuedOn, c.ValidUntil, StateName(c.StateOn(today)), c.RevokedUtc, c.RevocationReason, verificationUrl);

    public static ExternalCertificateSummary Summary(ExternalCertificate c) =>
        new(c.Id, c.HolderName, c.Kind.ToString(), ExternalCertificateKinds.Label(c.Kind), c.Number, c.Issuer, c.IssuedOn,
            ExternalCertificateKinds.Modules(c), c.RecordedUtc);
}
