namespace Intranet.Learning.Services.Certs;

/// <summary>What a trainer or HR officer enters for a certificate from outside (the holder by email).</summary>
public sealed class ExternalCertificateInput
{
    public string? Email { get; set; }

    public string? Kind { get; set; }

    public string? Number { get; set; }

    public string? Issuer { get; set; }

    public DateOnly? IssuedOn { get; set; }

    /// <summary>For the advanced certificate: the modules it names ("IU07, IU09, IU10").</summary>
    public string? ItModules { get; set; }
}
