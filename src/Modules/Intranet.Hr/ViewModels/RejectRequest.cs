namespace Intranet.Hr.ViewModels;

/// <summary>The reason a correction request is rejected (required).</summary>
public sealed class RejectRequest
{
    public string? Reason { get; set; }
}
