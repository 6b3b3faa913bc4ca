using Intranet.StaffDirectory.Models;

namespace Intranet.StaffDirectory.ViewModels;

/// <summary>The person's own profile form: contact details and who may see each.</summary>
public sealed class SelfProfileForm
{
    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? OfficePhone { get; set; }

    public string? Mobile { get; set; }

    public string? Room { get; set; }

    public FieldVisibility EmailVisibility { get; set; }

    public FieldVisibility OfficePhoneVisibility { get; set; }

    public FieldVisibility MobileVisibility { get; set; }

    public FieldVisibility RoomVisibility { get; set; }

    public FieldVisibility PhotoVisibility { get; set; }

    public bool HasPhoto { get; set; }

    public string? Message { get; set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    public static SelfProfileForm From(Person p) => new()
    {
        FullName = p.FullName,
        Email = p.Email,
        OfficePhone = p.OfficePhone,
        Mobile = p.Mobile,
        Room = p.Room,
        EmailVisibility = p.EmailVisibility,
        OfficePhoneVisibility = p.OfficePhoneVisibility,
        MobileVisibility = p.MobileVisibility,
        RoomVisibility = p.RoomVisibility,
        PhotoVisibility = p.PhotoVisibility,
        HasPhoto = p.PhotoContentType is not null,
    };
}
