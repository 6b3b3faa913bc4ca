namespace Intranet.Learning.ViewModels.Certs;

/// <summary>The body of a revocation: why (kept on the certificate and in the audit trail, never shown publicly).</summary>
public sealed class RevocationBody
{
    public string? Reason { get; set; }
}
