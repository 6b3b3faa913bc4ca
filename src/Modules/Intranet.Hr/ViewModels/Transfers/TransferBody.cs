namespace Intranet.Hr.ViewModels.Transfers;

/// <summary>The body of <c>POST /api/hr/transfers</c> (dates yyyy-MM-dd; kind "transfer" = điều động, "rotation" = luân chuyển).</summary>
public sealed class TransferBody
{
    public string? FromTenant { get; set; }

    public string? ToTenant { get; set; }

    public string? PersonalId { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public string? Kind { get; set; }

    public string? ToUnitId { get; set; }

    public string? JobPosition { get; set; }

    public string? Post { get; set; }

    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionSignedOn { get; set; }

    public string? DecisionSigner { get; set; }

    /// <summary>Roles in the new department (Member when none).</summary>
    public List<string>? Roles { get; set; }
}
