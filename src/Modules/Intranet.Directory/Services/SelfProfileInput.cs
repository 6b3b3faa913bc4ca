using Intranet.StaffDirectory.Models;

namespace Intranet.StaffDirectory.Services;

/// <summary>What a person may change on their own profile: how to reach them and who may see it. Name, unit, position and official email belong to the department.</summary>
public sealed record SelfProfileInput(
    string? OfficePhone,
    string? Mobile,
    string? Room,
    FieldVisibility EmailVisibility,
    FieldVisibility OfficePhoneVisibility,
    FieldVisibility MobileVisibility,
    FieldVisibility RoomVisibility,
    FieldVisibility PhotoVisibility);
