namespace Intranet.Learning.Models.Certs;

/// <summary>What the public verification page says of a certificate.</summary>
public enum CertificateState
{
    Valid,
    Revoked,
    Expired,
}
