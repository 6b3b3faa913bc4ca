namespace Intranet.Hr.ViewModels;

/// <summary>Which record's line of which list to draft a decision for.</summary>
public sealed class DraftRequest
{
    public int RecordId { get; set; }

    /// <summary>"steps", "retirements", "probations" or "contracts".</summary>
    public string? List { get; set; }
}
