using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.ViewModels;

/// <summary>The results page: the typed text, the visible results, and the departments to browse.</summary>
public sealed record SearchPageModel(string? Query, IReadOnlyList<DirectoryEntry> Results, int Total, IReadOnlyList<Tenant> Departments, string? Error);
