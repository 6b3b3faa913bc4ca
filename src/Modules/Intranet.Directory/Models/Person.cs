namespace Intranet.StaffDirectory.Models;

/// <summary>A person's contact profile in a department. The directory lists them while active and their account (if any) enabled.</summary>
public sealed class Person
{
    public int Id { get; set; }

    public required string FullName { get; set; }

    /// <summary>The official email, lower case; the import key when present.</summary>
    public string? Email { get; set; }

    /// <summary>An id from another system (HR software), the import key when there is no email.</summary>
    public string? ExternalId { get; set; }

    public string? UnitId { get; set; }

    public int? PositionId { get; set; }

    public Position? Position { get; set; }

    public string? OfficePhone { get; set; }

    public string? Mobile { get; set; }

    public string? Room { get; set; }

    /// <summary>The host account of the person, when they have one.</summary>
    public string? AccountId { get; set; }

    /// <summary>False once the person left the department (đã chuyển công tác, nghỉ hưu).</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Set when the account is disabled: the person leaves the directory at once, and returns when it is enabled.</summary>
    public bool AccountDisabled { get; set; }

    /// <summary>Content type of the stored photo; null when there is none.</summary>
    public string? PhotoContentType { get; set; }

    /// <summary>Changes with each upload, so URLs can be cached forever.</summary>
    public int PhotoVersion { get; set; }

    public FieldVisibility PositionVisibility { get; set; }

    public FieldVisibility EmailVisibility { get; set; }

    public FieldVisibility OfficePhoneVisibility { get; set; }

    public FieldVisibility MobileVisibility { get; set; } = FieldVisibility.Department;

    public FieldVisibility RoomVisibility { get; set; }

    public FieldVisibility PhotoVisibility { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public bool IsListed => IsActive && !AccountDisabled;
}
