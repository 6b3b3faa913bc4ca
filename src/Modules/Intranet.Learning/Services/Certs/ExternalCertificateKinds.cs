using Intranet.Learning.Models.Certs;

namespace Intranet.Learning.Services.Certs;

/// <summary>Names and the modules each kind of external certificate counts for.</summary>
public static class ExternalCertificateKinds
{
    public static readonly IReadOnlyList<string> Basic = ["IU01", "IU02", "IU03", "IU04", "IU05", "IU06"];

    public static string Label(ExternalCertificateKind kind) => kind switch
    {
        ExternalCertificateKind.ItBasic => "Chứng chỉ ứng dụng CNTT cơ bản",
        ExternalCertificateKind.ItAdvanced => "Chứng chỉ ứng dụng CNTT nâng cao",
        ExternalCertificateKind.OldA => "Chứng chỉ tin học ứng dụng A",
        ExternalCertificateKind.OldB => "Chứng chỉ tin học ứng dụng B",
        _ => "Chứng chỉ tin học ứng dụng C",
    };

    /// <summary>
    /// The basic certificate is IU01–IU06 by TT 03/2014; the old A/B/C certificates are counted as the basic standard,
    /// as the province's plans count them ("Chứng chỉ A, B có 1575 người"); the advanced one counts for the modules
    /// written on it.
    /// </summary>
    public static IReadOnlyList<string> Modules(ExternalCertificate certificate) => certificate.Kind == ExternalCertificateKind.ItAdvanced
        ? certificate.ItModules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        : Basic;
}
