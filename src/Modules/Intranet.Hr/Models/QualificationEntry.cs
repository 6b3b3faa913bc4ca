namespace Intranet.Hr.Models;

/// <summary>A degree, certificate or training course (group 5, basic). EffectiveFrom is the date it was obtained.</summary>
public sealed class QualificationEntry : CareerEntry
{
    public QualificationKind Kind { get; set; }

    /// <summary>Level code from the code list of the kind ("dai-hoc", "cao-cap", "co-ban", "B"…).</summary>
    public required string Level { get; set; }

    /// <summary>Chuyên ngành or language.</summary>
    public string? Field { get; set; }

    public string? Institution { get; set; }

    public DateOnly? StudiedFrom { get; set; }

    public DateOnly? StudiedTo { get; set; }

    /// <summary>Chính quy, tại chức, từ xa…</summary>
    public string? Mode { get; set; }

    public string? CertificateNumber { get; set; }
}
