namespace Intranet.Hr.Services.Work;

/// <summary>What a person enters to confirm a drafted decision: its number, signing date and signer.</summary>
public sealed class DecisionInput
{
    /// <summary>Số quyết định, e.g. "125/QĐ-SNV".</summary>
    public string? Number { get; set; }

    public DateOnly? SignedOn { get; set; }

    /// <summary>Người ký: name and post.</summary>
    public string? Signer { get; set; }
}
