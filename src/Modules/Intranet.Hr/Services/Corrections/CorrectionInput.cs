namespace Intranet.Hr.Services.Corrections;

/// <summary>A person's proposal: which field, the value they say is right, and why.</summary>
public sealed class CorrectionInput
{
    public string? Field { get; set; }

    public string? ProposedValue { get; set; }

    public string? Explanation { get; set; }
}
