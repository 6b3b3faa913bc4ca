using Intranet.StaffDirectory.Models;

namespace Intranet.StaffDirectory.Services;

/// <summary>A profile as an administrator, the API, a recipe or an import gives it. Null visibilities keep the defaults.</summary>
public sealed record PersonInput
{
    public required string FullName { get; init; }

    public string? Email { get; init; }

    public string? ExternalId { get; init; }

    public string? UnitId { get; init; }

    public string? Position { get; init; }

    public string? OfficePhone { get; init; }

    public string? Mobile { get; init; }

    public string? Room { get; init; }

    public string? AccountId { get; init; }

    public bool IsActive { get; init; } = true;

    public FieldVisibility? PositionVisibility { get; init; }

    public FieldVisibility? EmailVisibility { get; init; }

    public FieldVisibility? OfficePhoneVisibility { get; init; }

    public FieldVisibility? MobileVisibility { get; init; }

    public FieldVisibility? RoomVisibility { get; init; }

    public FieldVisibility? PhotoVisibility { get; init; }
}
