namespace Intranet.Hr.Models;

/// <summary>
/// The common shape of an effective-dated career fact: it holds from <see cref="EffectiveFrom"/> until the next
/// row of the same kind; the value "as of X" is the latest row with EffectiveFrom ≤ X. Rows are never edited to
/// rewrite history, only corrected (with <see cref="UpdatedUtc"/>) or added.
/// </summary>
public abstract class CareerEntry
{
    public int Id { get; set; }

    public int RecordId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public Decision Decision { get; set; } = new();

    public string? Note { get; set; }

    /// <summary>Account id of who wrote the row.</summary>
    public string? RecordedBy { get; set; }

    public DateTime RecordedUtc { get; set; }

    public DateTime? UpdatedUtc { get; set; }
}
