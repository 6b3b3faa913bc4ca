using Intranet.StaffDirectory.Models;

namespace Intranet.StaffDirectory.ViewModels;

/// <summary>The directory admin page: the unit tree and the people (including those who left or are disabled).</summary>
public sealed record AdminIndexModel(IReadOnlyList<OrgUnit> Units, IReadOnlyList<Person> People, string? Message);
