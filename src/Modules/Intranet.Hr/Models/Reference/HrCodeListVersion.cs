namespace Intranet.Hr.Models.Reference;

/// <summary>
/// One version of a province-wide code list (host database). Versions are only ever added: the current one is the
/// latest whose <see cref="ValidFrom"/> has come, so a list can be replaced from a future date and its history stays.
/// </summary>
public sealed class HrCodeListVersion
{
    public int Id { get; set; }

    public required string ListKey { get; set; }

    public required string Name { get; set; }

    /// <summary>A short label of the edition ("NĐ 204/2004", "QĐ 1019/2008").</summary>
    public required string Version { get; set; }

    /// <summary>The instrument(s) the entries come from.</summary>
    public required string Source { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Account id of who added it; null for the shipped data loaded by the recipe.</summary>
    public string? CreatedBy { get; set; }

    public List<HrCodeListItem> Items { get; set; } = [];
}
