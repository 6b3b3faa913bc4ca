using Intranet.Hr.Models;

namespace Intranet.Hr.ViewModels;

/// <summary>A drafted decision and the confirm form (number, date as dd/MM/yyyy, signer).</summary>
public sealed class DraftPageModel
{
    public required DraftDecision Draft { get; init; }

    public required string FullName { get; init; }

    public required string MaskedPersonalId { get; init; }

    public string? Number { get; set; }

    public string? SignedOn { get; set; }

    public string? Signer { get; set; }

    public string? Error { get; set; }
}
