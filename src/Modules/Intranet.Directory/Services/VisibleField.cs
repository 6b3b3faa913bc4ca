using Intranet.StaffDirectory.Models;

namespace Intranet.StaffDirectory.Services;

/// <summary>The one rule for every surface (results, profile, API, vCard, CSV): whether a field reaches a reader.</summary>
public static class VisibleField
{
    public static bool Allows(FieldVisibility visibility, bool readerIsMember) => visibility switch
    {
        FieldVisibility.Province => true,
        FieldVisibility.Department => readerIsMember,
        _ => false,
    };

    public static string? Value(string? value, FieldVisibility visibility, bool readerIsMember) =>
        string.IsNullOrWhiteSpace(value) || !Allows(visibility, readerIsMember) ? null : value;

    /// <summary>A person read from their department's database, trimmed for a reader.</summary>
    public static DirectoryEntry Trim(string tenantName, string tenantDisplayName, Person person, string? unitName, bool readerIsMember) => new()
    {
        TenantName = tenantName,
        TenantDisplayName = tenantDisplayName,
        PersonId = person.Id,
        FullName = person.FullName,
        UnitId = person.UnitId,
        UnitName = unitName,
        Position = Value(person.Position?.Name, person.PositionVisibility, readerIsMember),
        Email = Value(person.Email, person.EmailVisibility, readerIsMember),
        OfficePhone = Value(person.OfficePhone, person.OfficePhoneVisibility, readerIsMember),
        Mobile = Value(person.Mobile, person.MobileVisibility, readerIsMember),
        Room = Value(person.Room, person.RoomVisibility, readerIsMember),
        PhotoVersion = person.PhotoContentType is not null && Allows(person.PhotoVisibility, readerIsMember) ? person.PhotoVersion : null,
    };
}
