namespace Intranet.Learning.Models.Certs;

/// <summary>
/// Certificates issued outside the catalogue that count as training: the test centres' certificates of TT 03/2014
/// (basic: IU01–IU06; advanced: at least three of IU07–IU15) and the old national A/B/C certificates.
/// </summary>
public enum ExternalCertificateKind
{
    ItBasic,
    ItAdvanced,
    OldA,
    OldB,
    OldC,
}
