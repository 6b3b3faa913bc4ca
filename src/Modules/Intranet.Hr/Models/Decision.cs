namespace Intranet.Hr.Models;

/// <summary>The decision (quyết định) a career fact rests on: number, date, signer and the attached scan.</summary>
public sealed class Decision
{
    /// <summary>Số quyết định, e.g. "125/QĐ-SNV".</summary>
    public string? Number { get; set; }

    public DateOnly? SignedOn { get; set; }

    /// <summary>Người ký (name and post).</summary>
    public string? Signer { get; set; }

    /// <summary>Id of the scan in the department's HR file store; null when none is attached.</summary>
    public string? ScanId { get; set; }

    public string? ScanFileName { get; set; }
}
