using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.ViewModels;

/// <summary>A person in the per-department API. Managers get every field and its visibility; other members a trimmed entry.</summary>
public sealed record PersonResponse
{
    public int Id { get; init; }

    public required string FullName { get; init; }

    public string? Email { get; init; }

    public string? ExternalId { get; init; }

    public string? Unit { get; init; }

    public string? Position { get; init; }

    public string? OfficePhone { get; init; }

    public string? Mobile { get; init; }

    public string? Room { get; init; }

    public string? AccountId { get; init; }

    public bool? Active { get; init; }

    public IReadOnlyDictionary<string, string>? Visibility { get; init; }

    public static PersonResponse Full(Person p) => new()
    {
        Id = p.Id,
        FullName = p.FullName,
        Email = p.Email,
        ExternalId = p.ExternalId,
        Unit = p.UnitId,
        Position = p.Position?.Name,
        OfficePhone = p.OfficePhone,
        Mobile = p.Mobile,
        Room = p.Room,
        AccountId = p.AccountId,
        Active = p.IsActive && !p.AccountDisabled,
        Visibility = new Dictionary<string, string>
        {
            ["position"] = p.PositionVisibility.ToString(),
            ["email"] = p.EmailVisibility.ToString(),
            ["officePhone"] = p.OfficePhoneVisibility.ToString(),
            ["mobile"] = p.MobileVisibility.ToString(),
            ["room"] = p.RoomVisibility.ToString(),
            ["photo"] = p.PhotoVisibility.ToString(),
        },
    };

    public static PersonResponse Trimmed(DirectoryEntry e) => new()
    {
        Id = e.PersonId,
        FullName = e.FullName,
        Email = e.Email,
        Unit = e.UnitId,
        Position = e.Position,
        OfficePhone = e.OfficePhone,
        Mobile = e.Mobile,
        Room = e.Room,
    };
}
