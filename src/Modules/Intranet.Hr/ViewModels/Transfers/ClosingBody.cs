namespace Intranet.Hr.ViewModels.Transfers;

/// <summary>The body of <c>POST /api/hr/closings</c>: close record <see cref="RecordId"/> on <see cref="ClosedOn"/> as "retired" or "left".</summary>
public sealed class ClosingBody
{
    public int? RecordId { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? Status { get; set; }

    public string? Reason { get; set; }
}
