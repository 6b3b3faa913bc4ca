namespace Intranet.StaffDirectory.Models;

/// <summary>Who may see one field of a profile.</summary>
public enum FieldVisibility
{
    /// <summary>Everyone in the province.</summary>
    Province = 0,

    /// <summary>Members of the person's own department (tenant) only.</summary>
    Department = 1,

    /// <summary>Nobody through the directory (administrators still see it in the admin pages).</summary>
    Hidden = 2,
}
