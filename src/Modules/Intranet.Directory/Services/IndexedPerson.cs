using Intranet.StaffDirectory.Models;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// A hit of the province index before trimming: the stored values with their visibilities. Hidden fields were
/// never indexed; Department fields are trimmed by <see cref="Trim"/> before anything leaves the search layer.
/// </summary>
public sealed record IndexedPerson(
    string TenantName,
    string TenantDisplayName,
    int PersonId,
    string FullName,
    string? UnitId,
    string? UnitName,
    IReadOnlyDictionary<string, (string Value, FieldVisibility Visibility)> Fields)
{
    public DirectoryEntry Trim(bool readerIsMember)
    {
        string? Get(string name) =>
            Fields.TryGetValue(name, out var f) && VisibleField.Allows(f.Visibility, readerIsMember) ? f.Value : null;

        return new DirectoryEntry
        {
            TenantName = TenantName,
            TenantDisplayName = TenantDisplayName,
            PersonId = PersonId,
            FullName = FullName,
            UnitId = UnitId,
            UnitName = UnitName,
            Position = Get(ProvinceIndex.Fields.Position),
            Email = Get(ProvinceIndex.Fields.Email),
            OfficePhone = Get(ProvinceIndex.Fields.OfficePhone),
            Mobile = Get(ProvinceIndex.Fields.Mobile),
            Room = Get(ProvinceIndex.Fields.Room),
            PhotoVersion = int.TryParse(Get(ProvinceIndex.Fields.Photo), out var v) ? v : null,
        };
    }
}
