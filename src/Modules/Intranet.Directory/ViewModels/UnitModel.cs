using Intranet.Core.Validation;
using Intranet.StaffDirectory.Models;

namespace Intranet.StaffDirectory.ViewModels;

/// <summary>A unit in the API, as sent and as answered.</summary>
public sealed record UnitModel(string? Id, [Name] string? Name, string? Kind, string? Parent, int? Order)
{
    public static UnitModel From(OrgUnit u) => new(u.Id, u.Name, OrgUnitKinds.Slug(u.Kind), u.ParentId, u.SortOrder);
}
