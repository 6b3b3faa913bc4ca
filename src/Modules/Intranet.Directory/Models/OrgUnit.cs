namespace Intranet.StaffDirectory.Models;

/// <summary>A phòng, ban, tổ or trung tâm of a department; <see cref="Id"/> is its URL slug.</summary>
public sealed class OrgUnit
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public OrgUnitKind Kind { get; set; }

    public string? ParentId { get; set; }

    public int SortOrder { get; set; }
}
