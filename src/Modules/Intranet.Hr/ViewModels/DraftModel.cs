using Intranet.Hr.Models;

namespace Intranet.Hr.ViewModels;

/// <summary>A drafted decision as the API answers it.</summary>
public sealed record DraftModel(
    int Id,
    int RecordId,
    string Kind,
    DateOnly EffectiveFrom,
    int? Step,
    decimal? Coefficient,
    int? ExceedingPercent,
    string Status,
    string? DecisionNumber,
    DateOnly? DecisionSignedOn,
    string? DecisionSigner,
    DateTime CreatedUtc,
    DateTime? ConfirmedUtc)
{
    public static DraftModel From(DraftDecision d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.RecordId, KindName(d.Kind), d.EffectiveFrom, d.Step, d.Coefficient, d.ExceedingPercent, d.Status.ToString().ToLowerInvariant(),
            d.Decision.Number, d.Decision.SignedOn, d.Decision.Signer, d.CreatedUtc, d.ConfirmedUtc);
    }

    public static string KindName(DraftKind kind) => kind switch
    {
        DraftKind.RegularStep => "regularStep",
        DraftKind.ExceedingAllowance => "exceedingAllowance",
        DraftKind.Retirement => "retirement",
        DraftKind.ProbationEnd => "probationEnd",
        _ => "contractEnd",
    };
}
