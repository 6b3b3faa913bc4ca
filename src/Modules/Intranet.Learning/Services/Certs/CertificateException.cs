namespace Intranet.Learning.Services.Certs;

/// <summary>A refused certificate change: the status to answer (403, 404, 409, 422) and a Vietnamese message.</summary>
public sealed class CertificateException : Exception
{
    public CertificateException(int status, string message)
        : base(message) => Status = status;

    public int Status { get; }
}
