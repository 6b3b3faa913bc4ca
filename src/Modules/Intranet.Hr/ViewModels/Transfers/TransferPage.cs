using Intranet.Core.Tenants;
using Intranet.Hr.Services.Transfers;

namespace Intranet.Hr.ViewModels.Transfers;

/// <summary>The transfer page: the form as typed (dates dd/MM/yyyy), the departments, and the outcome.</summary>
public sealed class TransferPage
{
    public IReadOnlyList<Tenant> Departments { get; set; } = [];

    public string? FromTenant { get; set; }

    public string? ToTenant { get; set; }

    public string? PersonalId { get; set; }

    public string? EffectiveOn { get; set; }

    public string? Kind { get; set; }

    public string? ToUnitId { get; set; }

    public string? JobPosition { get; set; }

    public string? Post { get; set; }

    public string? DecisionNumber { get; set; }

    public string? DecisionSignedOn { get; set; }

    public string? DecisionSigner { get; set; }

    public string? Error { get; set; }

    public string? ErrorField { get; set; }

    public TransferResult? Done { get; set; }
}
