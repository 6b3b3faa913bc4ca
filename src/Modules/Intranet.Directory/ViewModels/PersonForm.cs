using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.ViewModels;

/// <summary>The administrator's profile form.</summary>
public sealed class PersonForm
{
    public int? Id { get; set; }

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? ExternalId { get; set; }

    public string? UnitId { get; set; }

    public string? Position { get; set; }

    public string? OfficePhone { get; set; }

    public string? Mobile { get; set; }

    public string? Room { get; set; }

    public bool IsActive { get; set; } = true;

    public FieldVisibility PositionVisibility { get; set; }

    public FieldVisibility EmailVisibility { get; set; }

    public FieldVisibility OfficePhoneVisibility { get; set; }

    public FieldVisibility MobileVisibility { get; set; } = FieldVisibility.Department;

    public FieldVisibility RoomVisibility { get; set; }

    public FieldVisibility PhotoVisibility { get; set; }

    public bool HasPhoto { get; set; }

    public IReadOnlyList<OrgUnit> Units { get; set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    public static PersonForm From(Person p) => new()
    {
        Id = p.Id,
        FullName = p.FullName,
        Email = p.Email,
        ExternalId = p.ExternalId,
        UnitId = p.UnitId,
        Position = p.Position?.Name,
        OfficePhone = p.OfficePhone,
        Mobile = p.Mobile,
        Room = p.Room,
        IsActive = p.IsActive,
        PositionVisibility = p.PositionVisibility,
        EmailVisibility = p.EmailVisibility,
        OfficePhoneVisibility = p.OfficePhoneVisibility,
        MobileVisibility = p.MobileVisibility,
        RoomVisibility = p.RoomVisibility,
        PhotoVisibility = p.PhotoVisibility,
        HasPhoto = p.PhotoContentType is not null,
    };

    public PersonInput ToInput() => new()
    {
        FullName = FullName ?? "",
        Email = Email,
        ExternalId = ExternalId,
        UnitId = string.IsNullOrWhiteSpace(UnitId) ? null : UnitId,
        Position = Position,
        OfficePhone = OfficePhone,
        Mobile = Mobile,
        Room = Room,
        IsActive = IsActive,
        PositionVisibility = PositionVisibility,
        EmailVisibility = EmailVisibility,
        OfficePhoneVisibility = OfficePhoneVisibility,
        MobileVisibility = MobileVisibility,
        RoomVisibility = RoomVisibility,
        PhotoVisibility = PhotoVisibility,
    };
}
