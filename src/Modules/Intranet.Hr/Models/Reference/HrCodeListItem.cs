namespace Intranet.Hr.Models.Reference;

/// <summary>An entry of a code-list version; see <see cref="Intranet.Hr.Rules.CodeItem"/> for the meaning of the fields.</summary>
public sealed class HrCodeListItem
{
    public int Id { get; set; }

    public int VersionId { get; set; }

    public int Position { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Other names, separated by "|".</summary>
    public string? Aliases { get; set; }

    public string? Parent { get; set; }

    /// <summary>Numbers (coefficients, an amount), invariant culture, separated by ";".</summary>
    public string? NumberValues { get; set; }

    public int? Months { get; set; }
}
