using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Transfers;

/// <summary>
/// One transfer (điều động) or rotation (luân chuyển) of a person, named by personal ID, from one department to
/// another on a date, with the decision it rests on and where the person lands (a unit of the target's directory).
/// </summary>
public sealed record TransferRequest(
    string FromTenant,
    string ToTenant,
    string PersonalId,
    DateOnly EffectiveOn,
    MovementKind Kind,
    string? ToUnitId,
    string? JobPosition,
    string? Post,
    Decision Decision,
    IReadOnlyList<string>? Roles = null);
