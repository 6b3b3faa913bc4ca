using Intranet.Hr.Models;

namespace Intranet.Hr.ViewModels;

/// <summary>A correction request as the API answers it.</summary>
public sealed record CorrectionModel(
    int Id,
    int RecordId,
    string Field,
    string? CurrentValue,
    string ProposedValue,
    string? Explanation,
    string Status,
    DateTime RequestedUtc,
    DateTime? DecidedUtc,
    string? Reason)
{
    public string? FullName { get; init; }

    public string? PersonalId { get; init; }

    public static CorrectionModel From(CorrectionRequest c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.RecordId, c.Field, c.CurrentValue, c.ProposedValue, c.Explanation, c.Status.ToString().ToLowerInvariant(),
            c.RequestedUtc, c.Status == CorrectionStatus.Pending ? null : c.DecidedUtc, c.DecisionReason);
    }
}
