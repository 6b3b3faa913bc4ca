namespace Intranet.Learning.Models.Certs;

/// <summary>A certificate from a test centre or the old A/B/C system, recorded with a scan by a trainer or HR officer.</summary>
public sealed class ExternalCertificate
{
    public int Id { get; set; }

    public string AccountId { get; set; } = "";

    public string HolderName { get; set; } = "";

    /// <summary>The holder's department when it was recorded (the recorder's right is checked there).</summary>
    public string TenantName { get; set; } = "";

    public ExternalCertificateKind Kind { get; set; }

    /// <summary>The number printed on the certificate.</summary>
    public string Number { get; set; } = "";

    public string Issuer { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    /// <summary>For the advanced certificate: the modules it names ("IU07,IU09,IU10").</summary>
    public string ItModules { get; set; } = "";

    /// <summary>File name of the scan under the module's folder in the host's App_Data.</summary>
    public string ScanFile { get; set; } = "";

    public string ScanContentType { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedUtc { get; set; }
}
