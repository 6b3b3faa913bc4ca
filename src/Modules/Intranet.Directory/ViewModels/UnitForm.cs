using Intranet.StaffDirectory.Models;

namespace Intranet.StaffDirectory.ViewModels;

/// <summary>The administrator's unit form.</summary>
public sealed class UnitForm
{
    public bool IsNew { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public OrgUnitKind Kind { get; set; }

    public string? ParentId { get; set; }

    public int SortOrder { get; set; }

    public IReadOnlyList<OrgUnit> Units { get; set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();
}
